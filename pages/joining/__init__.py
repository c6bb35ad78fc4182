"""Joining the network: the public application, its review, and editor invitations."""
