package dev.nicepick.testsupport.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Loopback ports for servers that tests start (Kafka, PostgreSQL, services, stand-ins): the one place that
 * picks them.
 */
public final class FreePorts {

    /**
     * @return a loopback port nobody listens on right now (another process may still take it before the caller does)
     * @throws UncheckedIOException when the system has no free port
     */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private FreePorts() {
    }
}
