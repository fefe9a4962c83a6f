package org.opendatasaveslives.odsl.serve.catalog;

import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.store.GraphDumps;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where this server answers, as the client reached it: endpoint and download URLs in the catalogue must work for the
 * client reading it, wherever the server runs.
 *
 * @param root the server's root URL, ending in {@code /}
 */
record ServerUrls(String root) {
    static final String CATALOG_PATH = "/catalog";
    static final String VOID_PATH = "/.well-known/void";
    static final String DUMPS_PATH = "/dumps/";
    static final String EXTRACT_PATH = "/extract/area/";

    static ServerUrls of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return new ServerUrls(scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/");
    }

    String catalog() {
        return root + CATALOG_PATH.substring(1);
    }

    String voidDescription() {
        return root + VOID_PATH.substring(1);
    }

    String sparql() {
        return root + OdslServer.SPARQL_PATH.substring(1);
    }

    String dumps() {
        return root + DUMPS_PATH.substring(1);
    }

    String dump(String file) {
        return dumps() + file;
    }

    String allGraphsDump() {
        return dump(GraphDumps.ALL_GRAPHS);
    }
}
