package org.sobujang.standalone.stores;

import java.nio.file.Path;

/**
 * A process that starts the embedded event store on the data directory given as its argument, says so on standard
 * output, and waits to be killed: a test kills it with SIGKILL to leave the server running without its owner.
 */
public final class CrashingStoreProcess {

    public static final String READY = "event store ready";

    private CrashingStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory data = DataDirectory.open(Path.of(args[0]));
        EmbeddedEventStore.start(data, StoreCredentials.of(data, EmbeddedEventStore.SUPERUSER, "sobujang"), 0);
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts it with this JVM's class path and waits until the store is up. */
    static Process start(Path dataDir) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                             "-cp", System.getProperty("java.class.path"),
                                             CrashingStoreProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        StringBuilder output = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            output.append(line).append('\n');
            if (line.contains(READY)) {
                // keep draining, so the child never blocks on a full pipe
                Thread drain = new Thread(() -> reader.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("The store process ended before it was ready:\n" + output);
    }
}
