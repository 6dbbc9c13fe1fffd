package io.locutor.compat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.locutor.problem.LocutorException;
import io.locutor.problem.Problems;
import org.apache.camel.Exchange;

/**
 * A compatible door's failures answered in its own API's error shape and status, so the caller's SDK raises its
 * usual exception: ElevenLabs' {@code {"detail": {"status", "message"}}} (422 with FastAPI's validation list for a
 * request it cannot read), OpenAI's {@code {"error": {"message", "type", "param", "code"}}}. The door is known by the
 * REST verb the request came in through: ids starting {@code xi-} (ElevenLabs) or {@code openai-}.
 */
public class ErrorDialects {

    private final Problems problems;

    public ErrorDialects(Problems problems) {
        this.problems = problems;
    }

    /** Runs after the failure is described (status and headers set); replaces the body for a compatible door. */
    public void reshape(Exchange exchange) {
        String door = exchange.getFromRouteId();
        if (door == null || !(door.startsWith("xi-") || door.startsWith("openai-"))) {
            return;
        }
        LocutorException problem = problems.describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        if (door.startsWith("xi-")) {
            elevenLabs(exchange, problem);
        } else {
            exchange.getMessage().setBody(openAi(problem));
        }
    }

    private static void elevenLabs(Exchange exchange, LocutorException problem) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if ("invalid_request".equals(problem.code())) {
            // ElevenLabs refuses a body it cannot validate with 422 and FastAPI's list of what is wrong where
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 422);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("loc", problem.field() == null ? List.of("body") : List.of("body", problem.field()));
            item.put("msg", problem.getMessage());
            item.put("type", "value_error");
            exchange.getMessage().setBody(Map.of("detail", List.of(item)));
            return;
        }
        detail.put("status", problem.status() == 401 ? "invalid_api_key" : problem.code());
        detail.put("message", problem.getMessage());
        exchange.getMessage().setBody(Map.of("detail", detail));
    }

    private static Map<String, Object> openAi(LocutorException problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", problem.getMessage());
        error.put("type", problem.status() == 429 ? "rate_limit_exceeded"
                : problem.status() >= 500 ? "server_error" : "invalid_request_error");
        error.put("param", problem.field());
        error.put("code", problem.status() == 401 ? "invalid_api_key" : problem.code());
        return Map.of("error", error);
    }
}
