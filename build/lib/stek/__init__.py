"""STEK site generator: a STEK's YAML files in, a multilingual website and calendar feeds out."""
