package io.anshim.center;

/** Fired when a center's public data changed; caches of its province must be dropped. */
record CenterChanged(String provinceCode) {}
