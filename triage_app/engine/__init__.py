"""The engine: one read pass per file feeds every hasher and analyzer."""
