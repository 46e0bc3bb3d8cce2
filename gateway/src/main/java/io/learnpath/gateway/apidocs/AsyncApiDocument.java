package io.learnpath.gateway.apidocs;

/**
 * One publishing service's AsyncAPI document as the gateway serves it.
 *
 * @param name    the publishing service, e.g. {@code progress-service}
 * @param title   the document's {@code info.title}
 * @param content the YAML exactly as its contracts module ships it
 */
record AsyncApiDocument(String name, String title, byte[] content) {

    /** The public path of the document. */
    String url() {
        return AsyncApiRoutes.INDEX + "/" + name + ".yaml";
    }

    Link link() {
        return new Link(name, title, url());
    }

    /** An entry of the index at {@code /api-docs/asyncapi}. */
    record Link(String name, String title, String url) {
    }
}
