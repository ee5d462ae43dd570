"""Writing that must survive a power cut or a pulled drive: durable writes, file locks, the
limits of the drive being written to."""
