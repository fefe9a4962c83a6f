package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class HostBindingTest {
    @Test
    void serverListensOnTheConfiguredAddressOnly() throws Exception {
        // Every 127.x.y.z address is loopback on Linux, so a second one shows the binding without leaving the machine.
        OdslServer server = start("127.0.0.2");
        try {
            assertEquals("http://127.0.0.2:" + server.port() + "/", server.baseUrl());
            connect("127.0.0.2", server.port());
            assertThrows(ConnectException.class, () -> connect("127.0.0.1", server.port()));
        } finally {
            server.stop();
        }
    }

    @Test
    void addressOfAnotherMachineIsReported() {
        // 203.0.113.0/24 is reserved for documentation: never an address of this machine.
        ServeException error = assertThrows(ServeException.class, () -> start("203.0.113.7"));
        assertTrue(error.getMessage().startsWith("Cannot listen on 203.0.113.7:0"), error.getMessage());
        assertTrue(error.getMessage().contains("--host"), error.getMessage());
    }

    private static OdslServer start(String host) {
        return OdslServer.start(ServeConfig.forDataset(DatabaseMgr.createDatasetGraph())
                .host(host)
                .port(0)
                .exampleQueries(ExampleQueries.onClasspath("serve/queries"))
                .build());
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
        }
    }
}
