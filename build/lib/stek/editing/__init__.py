"""Helping the people who edit: forge annotations, the check command, plain-language advice, editor schemas."""
