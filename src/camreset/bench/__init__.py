"""`camreset bench` outside the pure core: wall-clock latency and the whole report."""
