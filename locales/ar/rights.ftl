## Rights (title, and .summary in plain words), their domains, documents and steps.
