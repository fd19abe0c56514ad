package com.jeweltrak.platform.web;

import java.util.List;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.picklists.DeletingAValue;
import com.jeweltrak.platform.picklists.MergingValues;
import com.jeweltrak.platform.picklists.PickList;
import com.jeweltrak.platform.picklists.PickListValue;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.picklists.RenameWouldMerge;
import com.jeweltrak.platform.picklists.RenamingAValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Utilities → List Maintenance as an API (11-utilities §List Maintenance): the same use cases and permission (R8). */
@RestController
@RequestMapping("/api/v1/pick-lists")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Pick lists")
class PickListsApi {

    record ListView(String key, String label, int values) {
    }

    record ValueView(String value, long uses, boolean stored, List<String> nearDuplicates) {
    }

    record ListValuesView(String key, String label, List<ValueView> values) {
    }

    record RenameRequest(@NotNull(message = "Name the value to rename.") String from,
                         @NotBlank(message = "Enter the new value.") @Size(max = 200) String to,
                         @Schema(description = "true confirms a rename onto an existing value, which merges (R6)") Boolean merge) {
    }

    record MergeRequest(@NotBlank(message = "Choose the value to keep.") String survivor,
                        @NotEmpty(message = "Name the values to merge into it.") List<@NotNull String> losers) {
    }

    record DeleteRequest(@NotNull(message = "Name the value to delete.") String value) {
    }

    record Rewritten(@Schema(description = "how many records were rewritten") long records,
                     @Schema(description = "the text those records hold now") String value) {
    }

    private final PickLists lists;
    private final PickListValues values;
    private final RenamingAValue renaming;
    private final MergingValues merging;
    private final DeletingAValue deleting;

    PickListsApi(PickLists lists, PickListValues values, RenamingAValue renaming, MergingValues merging,
                 DeletingAValue deleting) {
        this.lists = lists;
        this.values = values;
        this.renaming = renaming;
        this.merging = merging;
        this.deleting = deleting;
    }

    @GetMapping
    @Operation(summary = "The EditCombo lists the modules declare, with how many values each has")
    Paged<ListView> list() {
        List<ListView> all = lists.all().stream().map(l -> new ListView(l.key(), l.label(), values.of(l).size())).toList();
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/{listKey}")
    @Operation(summary = "A list's values with the number of records holding each; near-duplicates (case, spaces) named")
    ListValuesView get(@PathVariable String listKey) {
        PickList list = lists.get(listKey);
        return new ListValuesView(list.key(), list.label(), values.of(list).stream().map(PickListsApi::view).toList());
    }

    @PostMapping("/{listKey}/rename")
    @Operation(summary = "Rename a value everywhere it is used (R3); onto an existing value only with merge=true (R6)",
            responses = {@ApiResponse(responseCode = "200", description = "how many records now hold the new text"),
                    @ApiResponse(responseCode = "404", description = "no such list, or the value is not in it"),
                    @ApiResponse(responseCode = "409", description = "the new text already exists: send merge=true to merge")})
    Rewritten rename(@PathVariable String listKey, @Valid @RequestBody RenameRequest request) {
        RenamingAValue.Renamed renamed = renaming.rename(listKey, request.from(), request.to(), Boolean.TRUE.equals(request.merge()));
        return new Rewritten(renamed.records(), renamed.value());
    }

    @PostMapping("/{listKey}/merge")
    @Operation(summary = "Merge one or more values into a survivor: their records hold the survivor, they leave the list (R4)",
            responses = {@ApiResponse(responseCode = "200", description = "how many records now hold the survivor"),
                    @ApiResponse(responseCode = "404", description = "no such list, or a value is not in it"),
                    @ApiResponse(responseCode = "422", description = "a value cannot be merged into itself")})
    Rewritten merge(@PathVariable String listKey, @Valid @RequestBody MergeRequest request) {
        return new Rewritten(merging.merge(listKey, request.survivor(), request.losers()), request.survivor());
    }

    @PostMapping("/{listKey}/delete")
    @Operation(summary = "Delete a value no record holds (R5)",
            responses = {@ApiResponse(responseCode = "200", description = "deleted; records is always 0"),
                    @ApiResponse(responseCode = "404", description = "no such list, or the value is not in it"),
                    @ApiResponse(responseCode = "422", description = "records hold the value: merge it first")})
    Rewritten delete(@PathVariable String listKey, @Valid @RequestBody DeleteRequest request) {
        return new Rewritten(deleting.delete(listKey, request.value()), null);
    }

    @ExceptionHandler(RenameWouldMerge.class)
    ProblemDetail wouldMerge(RenameWouldMerge conflict) {
        ProblemDetail problem = ApiErrors.problem(HttpStatus.CONFLICT, "Confirmation needed", conflict.getMessage());
        problem.setProperty("mergesInto", conflict.into());
        return problem;
    }

    private static ValueView view(PickListValue v) {
        return new ValueView(v.value(), v.uses(), v.stored(), v.nearDuplicates());
    }
}
