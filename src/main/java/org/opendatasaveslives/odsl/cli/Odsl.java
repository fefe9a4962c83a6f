package org.opendatasaveslives.odsl.cli;

public final class Odsl {
    public static void main(String[] args) {
        System.out.println("odsl");
    }
}
