package io.locutor.wiring;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A bean method as a route's {@code process: ref:} step, called directly. A {@code bean:} step has Camel find the
 * method, bind each parameter (annotations, type conversions) and copy the message for its result on every call:
 * 8% of the worker's CPU samples on a cache miss, which crosses thirteen such steps (bench/README.md, "Thirtieth
 * run"). The step reads what the bean's parameters named ({@code @Body}, {@code @Header}, the synthesis property) and
 * sets the method's result as the body, as the {@code bean:} step did.
 */
final class RouteSteps {

    private RouteSteps() {
    }

    /** A method whose result becomes the message's body. */
    @FunctionalInterface
    interface BodyStep {
        Object result(Exchange exchange) throws Exception;
    }

    static Processor settingBody(BodyStep step) {
        return exchange -> exchange.getMessage().setBody(step.result(exchange));
    }
}
