"""Finding contact details in what a sender wrote, and telling whose they are.

The parts of the personal-address-to-parent module (mailguard/modules/personal_address.py),
one job each: `context` (the message as the finders read it), `whose` (the words around a
detail: the sender's, the recipient's, someone else's), `third_party` (organisations named
with a detail), and one finder per kind of detail: `phones`, `emails`, `postal`, `channels`.
"""
