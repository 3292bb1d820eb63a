package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;

/** Registers the sites of one method: its class, name and source file are fixed, the line varies. */
record MethodSites(SiteRegistry registry, String className, String method, String file) {

    /** Registers the site at this line ({@code -1} when unknown) and returns its id. */
    int at(int line) {
        return registry.register(className, method, file, line);
    }
}
