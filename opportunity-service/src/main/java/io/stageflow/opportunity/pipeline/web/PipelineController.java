package io.stageflow.opportunity.pipeline.web;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Access;
import io.stageflow.kit.web.EntityTags;
import io.stageflow.kit.web.IfMatch;
import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.PipelineDefinition;
import io.stageflow.opportunity.pipeline.PipelineVersion;
import io.stageflow.opportunity.pipeline.command.DefaultPipelines;
import io.stageflow.opportunity.pipeline.command.DefinePipeline;
import io.stageflow.opportunity.pipeline.command.RevisePipeline;
import io.stageflow.opportunity.pipeline.query.PipelineDirectory;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's pipelines. Every tenant has its default pipeline from the start; a pipeline's ETag is
 * its version, and a revision with If-Match runs only on exactly that version.
 */
@RestController
@RequestMapping("/api/pipelines")
class PipelineController {
    private final CommandGateway commands;
    private final PipelineCatalog catalog;
    private final PipelineDirectory directory;
    private final DefaultPipelines defaultPipelines;
    private final Clock clock;

    PipelineController(
            CommandGateway commands,
            PipelineCatalog catalog,
            PipelineDirectory directory,
            DefaultPipelines defaultPipelines,
            Clock clock) {
        this.commands = commands;
        this.catalog = catalog;
        this.directory = directory;
        this.defaultPipelines = defaultPipelines;
        this.clock = clock;
    }

    record Defined(PipelineId pipelineId, long version) {}

    record Pipelines(List<PipelineView> pipelines) {}

    /** The default first, then in order of creation; a pipeline created a moment ago may trail. */
    @PreAuthorize(Access.ANY_ROLE)
    @GetMapping
    Pipelines list(TenantId tenant) {
        Set<PipelineId> ids = new LinkedHashSet<>();
        ids.add(PipelineId.defaultFor(tenant));
        ids.addAll(directory.of(tenant));
        return new Pipelines(ids.stream()
                .map(id -> catalog.versions(tenant, id))
                .filter(versions -> !versions.isEmpty())
                .map(versions -> PipelineView.of(versions.get(versions.size() - 1), versions.size()))
                .toList());
    }

    @PreAuthorize(Access.ADMIN)
    @PostMapping
    ResponseEntity<Defined> define(TenantId tenant, @RequestBody PipelineRequest request) {
        PipelineId id = PipelineId.random();
        long version =
                commands.sendAndWait(new DefinePipeline(tenant, id, request.definition(), clock.instant(), false));
        return ResponseEntity.created(URI.create("/api/pipelines/" + id))
                .eTag(EntityTags.of(version))
                .body(new Defined(id, version));
    }

    @PreAuthorize(Access.ADMIN)
    @PostMapping("/{pipelineId}/versions")
    ResponseEntity<Defined> revise(
            TenantId tenant,
            @PathVariable PipelineId pipelineId,
            IfMatch ifMatch,
            @RequestBody PipelineRequest request) {
        PipelineDefinition definition = request.definition();
        if (pipelineId.equals(PipelineId.defaultFor(tenant))) {
            defaultPipelines.ensure(tenant);
        }
        long version = commands.sendAndWait(
                new RevisePipeline(tenant, pipelineId, definition, clock.instant(), ifMatch.version()));
        return ResponseEntity.created(URI.create("/api/pipelines/" + pipelineId + "/versions/" + version))
                .eTag(EntityTags.of(version))
                .body(new Defined(pipelineId, version));
    }

    @PreAuthorize(Access.ANY_ROLE)
    @GetMapping("/{pipelineId}")
    ResponseEntity<PipelineView> latest(TenantId tenant, @PathVariable PipelineId pipelineId) {
        List<PipelineVersion> versions = versions(tenant, pipelineId);
        return viewOf(versions.get(versions.size() - 1), versions.size());
    }

    @PreAuthorize(Access.ANY_ROLE)
    @GetMapping("/{pipelineId}/versions/{version}")
    ResponseEntity<PipelineView> version(
            TenantId tenant, @PathVariable PipelineId pipelineId, @PathVariable int version) {
        List<PipelineVersion> versions = versions(tenant, pipelineId);
        if (version < 1 || version > versions.size()) {
            throw new AggregateNotFoundException(pipelineId.value(), "no version " + version + " of " + pipelineId);
        }
        return viewOf(versions.get(version - 1), versions.size());
    }

    private List<PipelineVersion> versions(TenantId tenant, PipelineId pipelineId) {
        List<PipelineVersion> versions = catalog.versions(tenant, pipelineId);
        if (versions.isEmpty()) {
            throw new AggregateNotFoundException(pipelineId.value(), "no pipeline " + pipelineId);
        }
        return versions;
    }

    private static ResponseEntity<PipelineView> viewOf(PipelineVersion version, int latest) {
        return ResponseEntity.ok().eTag(EntityTags.of(version.version())).body(PipelineView.of(version, latest));
    }
}
