"""Case contracts (the variables a process starts and ends with) and Baton's error classes."""
