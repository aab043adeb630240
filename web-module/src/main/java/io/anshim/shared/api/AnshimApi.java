package io.anshim.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under /api. */
@ApplicationPath("api")
public class AnshimApi extends Application {}
