package io.inversionpicks.sync.amazon;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Amazon's Creators API, as its SDK models describe it (Apache-2.0, {@code creatorsapi_python_sdk}). Built in code
 * by {@link CreatorsApiClient} from {@code sync.amazon.api-url}; answers are read as text, so that a status or body
 * Amazon should not send is reported as what it is rather than as a mapping error.
 */
@Path("/catalog/v1")
public interface CreatorsApi {

    /**
     * @param authorization {@code Bearer <token>, Version <credential version>}, as the SDK sends it
     * @param marketplace   e.g. {@code www.amazon.com}
     */
    @POST
    @Path("/getItems")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response getItems(@HeaderParam("Authorization") String authorization,
                      @HeaderParam("x-marketplace") String marketplace, GetItemsRequest request);
}
