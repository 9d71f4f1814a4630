import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many new connections from Java's own HttpClient, as a blogger's program opens them: each round a new client (so a
 * new connection, which the client asks to upgrade to HTTP/2 when the version is HTTP_2) sends {@code perClient}
 * requests. Prints the answers and failures. Before the plain-HTTP port stopped offering HTTP/2 (NoCleartextHttp2),
 * {@code HTTP_2 200 5} against /products?size=100 hung in every one of 4 runs; a hung request ignores the client's
 * own timeout, so run it under {@code timeout}.
 *
 * <pre>timeout 60 java src/bench/NewConnections.java 'http://localhost:8080/products?size=100' HTTP_2 200 5</pre>
 */
public class NewConnections {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        HttpClient.Version version = HttpClient.Version.valueOf(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int perClient = Integer.parseInt(args[3]);
        int ok = 0;
        Map<String, Integer> failures = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            for (int i = 0; i < perClient; i++) {
                try {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        ok++;
                    } else {
                        failures.merge("status " + response.statusCode(), 1, Integer::sum);
                    }
                } catch (Exception e) {
                    failures.merge(e.toString(), 1, Integer::sum);
                }
            }
        }
        System.out.println(version + ": " + rounds + " new clients x " + perClient + " requests: " + ok + " answered, "
                + "failures " + failures);
    }
}
