"""Qt-free domain core: records, progress and cancellation, the case store."""
