package org.sobujang.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OAuth clients the bench needs once authentication is on: one STEWARD, one ANALYST, one ADMIN and one
 * PROCUREMENT client per generated buyer. They are passed to the app as command-line properties
 * ({@code sobujang.security.clients[N].*}); an app without authentication ignores unknown properties.
 */
final class Clients {

    record Client(String id, String secret, String firmId, String role) {
    }

    final Client steward = new Client("bench-steward", "bench-steward-secret", null, "STEWARD");
    final Client analyst = new Client("bench-analyst", "bench-analyst-secret", null, "ANALYST");
    final Client admin = new Client("bench-admin", "bench-admin-secret", null, "ADMIN");
    private final Map<String, Client> buyers = new LinkedHashMap<>();

    Clients(List<String> buyerIds) {
        for (String buyer : buyerIds) {
            // a buyer records its sourcing and pairs with suppliers: both roles, as the demo client samsung-partnerships
            buyers.put(buyer, new Client("bench-" + buyer, "bench-" + buyer + "-secret", buyer, "PROCUREMENT,PARTNERSHIP"));
        }
    }

    Client buyer(String buyerId) {
        Client c = buyers.get(buyerId);
        if (c == null) {
            throw new IllegalArgumentException("no client for buyer " + buyerId);
        }
        return c;
    }

    List<Client> all() {
        List<Client> all = new ArrayList<>(List.of(steward, analyst, admin));
        all.addAll(buyers.values());
        return all;
    }

    List<String> asArguments() {
        List<Client> all = all();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Client c = all.get(i);
            String p = "--sobujang.security.clients[" + i + "].";
            args.add(p + "client-id=" + c.id());
            args.add(p + "secret=" + c.secret());
            if (c.firmId() != null) {
                args.add(p + "firm-id=" + c.firmId());
            }
            args.add(p + "roles=" + c.role());
        }
        return args;
    }
}
