package dev.ladder.common.page;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page that has a next one says where it is in a {@code Link} header too (RFC 8288), so
 * clients that follow links need not build URLs: the request's own URL with its query kept and
 * only the cursor replaced. The target is a path, resolved against the request's URL, so it stays
 * right behind a proxy that rewrites the host.
 */
public class NextPageLink {

    @ServerResponseFilter
    public void link(UriInfo uri, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build();
            response.getHeaders().add("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
    }
}
