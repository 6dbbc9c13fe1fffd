/**
 * How locutor is put together: one composition root ({@link io.locutor.wiring.LocutorWiring}, the one configuration
 * class {@code LocutorApp.configure} lists) calls one small wiring unit per domain in dependency order, hands each
 * what it needs as arguments, and binds the beans they return by the names the routes call. No unit looks another's
 * beans up in the registry (docs/ARCHITECTURE.md, "Wiring").
 */
package io.locutor.wiring;
