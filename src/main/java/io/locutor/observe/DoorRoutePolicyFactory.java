package io.locutor.observe;

import java.util.Arrays;
import java.util.ListIterator;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicy;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyConfiguration;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;

/**
 * Camel's micrometer route policy ({@code camel.metrics.enable-route-policy}: {@code camel_exchanges_*} by route and
 * for the whole context) on the routes a request enters by, each request timed once, by its door's route. Which routes
 * those are is read from each route's definition as Camel creates it, so no list of route ids has to follow routes/:
 * <ul>
 * <li>a route of the synthesis core (its route configuration is one of the core's) gets no policy at all: its hops run
 * inside a request the door's route already times whole (a cache miss crossed seven timed routes, 4.7% of its worker
 * CPU; bench/README.md, "Sixteenth run"), and the context-wide figures count only the route a request enters by
 * ({@code routeStackLevel} 1), never a hop;</li>
 * <li>a route the REST DSL made for a verb ({@link RouteDefinition#isRest()}) only hands its request to its door's route
 * ({@code post-audio} to {@code synthesize}): it has no {@code camel_exchanges_*{routeId=<verb>}} of its own (the HTTP
 * server's {@code http_server_requests_seconds} has the verb as its {@code route}), but it keeps the policy for the
 * context-wide figures ({@code routeId=""}), which count a request on the first route it enters: without it no REST
 * request would count there.</li>
 * </ul>
 * Every other route gets camel-micrometer's policy unchanged.
 */
public final class DoorRoutePolicyFactory implements RoutePolicyFactory {

    private final MicrometerRoutePolicyFactory micrometer;
    private final MicrometerRoutePolicyConfiguration contextOnly;
    private final Set<String> coreConfigurations;

    private DoorRoutePolicyFactory(MicrometerRoutePolicyFactory micrometer, Set<String> coreConfigurations) {
        this.micrometer = micrometer;
        this.coreConfigurations = coreConfigurations;
        this.contextOnly = contextOnly(micrometer.getPolicyConfiguration());
    }

    /**
     * Puts this factory in the place of the micrometer one camel-main added from {@code camel.metrics.*} (before
     * configuration runs; the routes are created after, each asking the factories for its policy). Nothing to do when
     * the route policy is off.
     *
     * @param coreConfigurations the ids of the synthesis core's route configurations ({@code routeConfigurationId} in
     *                           routes/): the routes using one are hops inside a request
     */
    public static void install(CamelContext camel, Set<String> coreConfigurations) {
        ListIterator<RoutePolicyFactory> factories = camel.getRoutePolicyFactories().listIterator();
        while (factories.hasNext()) {
            if (factories.next() instanceof MicrometerRoutePolicyFactory micrometer) {
                factories.set(new DoorRoutePolicyFactory(micrometer, coreConfigurations));
            }
        }
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camel, String routeId, NamedNode definition) {
        RouteDefinition route = definition instanceof RouteDefinition routeDefinition ? routeDefinition : null;
        if (route != null && isCoreHop(route)) {
            return null;
        }
        RoutePolicy policy = micrometer.createRoutePolicy(camel, routeId, definition);
        if (route != null && Boolean.TRUE.equals(route.isRest()) && policy instanceof MicrometerRoutePolicy timed) {
            timed.setConfiguration(contextOnly);
        }
        return policy;
    }

    private boolean isCoreHop(RouteDefinition route) {
        String configurations = route.getRouteConfigurationId();
        return configurations != null && Arrays.stream(configurations.split(",")).map(String::strip).anyMatch(coreConfigurations::contains);
    }

    /** The factory's settings (a copy: the default is one instance Camel shares) with the route's own meters off. */
    private static MicrometerRoutePolicyConfiguration contextOnly(MicrometerRoutePolicyConfiguration from) {
        MicrometerRoutePolicyConfiguration policy = new MicrometerRoutePolicyConfiguration();
        policy.setContextEnabled(from.isContextEnabled());
        policy.setRouteEnabled(false);
        policy.setAdditionalCounters(from.isAdditionalCounters());
        policy.setExchangesSucceeded(from.isExchangesSucceeded());
        policy.setExchangesFailed(from.isExchangesFailed());
        policy.setExchangesTotal(from.isExchangesTotal());
        policy.setExternalRedeliveries(from.isExternalRedeliveries());
        policy.setFailuresHandled(from.isFailuresHandled());
        policy.setLongTask(from.isLongTask());
        policy.setTimerInitiator(from.getTimerInitiator());
        policy.setLongTaskInitiator(from.getLongTaskInitiator());
        policy.setExcludePattern(from.getExcludePattern());
        return policy;
    }
}
