# mailguard: outgoing-mail content filter for schools.
#   docker build -t mailguard .
#   docker run -d --name mailguard -p 10025:10025 -p 8025:8025 \
#     -v /srv/mailguard/etc:/etc/mailguard -v /srv/mailguard/lib:/var/lib/mailguard mailguard
FROM python:3.11-slim-bookworm

# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libmagic1 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10025 mailguard \
    && useradd --system --uid 10025 --gid 10025 --home-dir /var/lib/mailguard --shell /usr/sbin/nologin mailguard \
    && mkdir -p /var/lib/mailguard /etc/mailguard \
    && chown mailguard:mailguard /var/lib/mailguard \
    && chmod 0700 /var/lib/mailguard

WORKDIR /opt/mailguard
COPY pyproject.toml README.md ./
COPY mailguard ./mailguard
RUN pip install --no-cache-dir --disable-pip-version-check . \
    && mailguard --version

COPY rules /etc/mailguard/rules
COPY directory /etc/mailguard/directory
COPY docker/config.yaml /etc/mailguard/config.yaml

VOLUME ["/etc/mailguard", "/var/lib/mailguard"]
USER 10025:10025
WORKDIR /var/lib/mailguard
EXPOSE 10025 8025 9425
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["mailguard", "health", "--config", "/etc/mailguard/config.yaml"]
ENTRYPOINT ["mailguard"]
CMD ["serve", "--config", "/etc/mailguard/config.yaml"]
