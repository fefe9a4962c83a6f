package org.opendatasaveslives.odsl.serve.feedback;

import java.util.Optional;

/**
 * What a feedback request asks to record, checked.
 *
 * @param target     the IRI of the resource or dataset the comment is about
 * @param back       for a form, the local path to send the browser back to
 */
record NewAnnotation(String target, Motivation motivation, String text, Optional<String> back) {
}
