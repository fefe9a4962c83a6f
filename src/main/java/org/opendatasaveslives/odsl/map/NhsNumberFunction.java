package org.opendatasaveslives.odsl.map;

/**
 * {@code odslfn:nhsNumber}: an NHS number checked and normalised to its 10 digits ({@code "943 476 5919"},
 * {@code "943-476-5919"} → {@code 9434765919}). A value that is not an NHS number (other characters, not 10 digits,
 * or a failed Modulus 11 check, NHS Data Dictionary algorithm, where a check digit of 10 is invalid) fails the record
 * with a reason that never repeats the value, not even in part. The result is itself a raw identifier: pass it to
 * {@code odslfn:pseudonym} rather than into the graph (the build's privacy guard rejects raw NHS numbers anyway).
 */
public final class NhsNumberFunction extends IdentifierFunction {
    static final String IRI = OdslFunctions.NS + "nhsNumber";

    public NhsNumberFunction() {
        super(IRI);
    }

    @Override
    public Object apply(Object[] args) throws FunctionException {
        if (args[0] == null) {
            return null;
        }
        String s = Values.str(args[0]);
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '-' && !Character.isWhitespace(c) && c != '\u00A0') {
                throw new FunctionException("is not a valid NHS number: it holds characters other than digits, spaces"
                    + " and hyphens");
            }
        }
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.length() != 10) {
            throw new FunctionException("is not a valid NHS number: it has " + digits.length() + " digit"
                + (digits.length() == 1 ? "" : "s") + ", expected 10");
        }
        if (!isValid(digits)) {
            throw new FunctionException("is not a valid NHS number: it fails the Modulus 11 check");
        }
        return digits.toString();
    }

    /**
     * Whether ten characters are digits forming an NHS number: the first nine weighted 10 down to 2, the sum's
     * remainder modulo 11 subtracted from 11 gives the check digit (11 → 0; 10 means no valid number).
     */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 9) {
                sum += (c - '0') * (10 - i);
            }
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
