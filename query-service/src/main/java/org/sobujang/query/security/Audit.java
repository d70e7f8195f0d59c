package org.sobujang.query.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** ADMIN reads of firm-level data, logged to {@code sobujang.audit} with client, operation and arguments. */
@Component
public class Audit {

    static final Logger LOG = LoggerFactory.getLogger("sobujang.audit");

    /** Arguments are client input: cut to a sane length and stripped of control characters (no forged lines). */
    static final int MAX_VALUE_LENGTH = 200;

    public void adminRead(Caller caller, String operation, Map<String, ?> arguments) {
        Map<String, ?> ordered = new LinkedHashMap<>(arguments);
        String args = ordered.entrySet().stream()
                             .map(e -> e.getKey() + "=" + clean(e.getValue()))
                             .collect(Collectors.joining(", ", "{", "}"));
        LOG.info("ADMIN read: client={} operation={} arguments={}", clean(caller.clientId()), operation, args);
    }

    static String clean(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VALUE_LENGTH + 1));
        for (int i = 0; i < text.length() && out.length() < MAX_VALUE_LENGTH; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                       || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c);
        }
        return text.length() > MAX_VALUE_LENGTH ? out + "…" : out.toString();
    }
}
