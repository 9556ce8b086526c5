"""Reading the volunteers' files: YAML as written, the model, and the problems found in them."""
