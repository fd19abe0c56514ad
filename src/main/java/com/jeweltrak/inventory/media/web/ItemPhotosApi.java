package com.jeweltrak.inventory.media.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.media.AddingAPhoto;
import com.jeweltrak.inventory.media.ItemPhoto;
import com.jeweltrak.inventory.media.ItemPhotos;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An item's photos over the API (04-inventory §Photos & Video): the same rules and checks as the Photos tab. */
@RestController
@RequestMapping("/api/v1/items/{id}/photos")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Item photos", description = "Photos of an inventory item: upload, link, order, primary, delete")
class ItemPhotosApi {

    record PhotoJson(long id, int position, boolean primary, String source, String url, String smallUrl,
                     String largeUrl, String originalUrl, Instant addedAt) {
        static PhotoJson of(long item, ItemPhoto p) {
            String base = "/api/v1/items/" + item + "/photos/" + p.id() + "/image?size=";
            return new PhotoJson(p.id(), p.position(), p.primary(), p.source().name(), p.url(),
                    p.shownSmall() == null ? null : base + "small", p.shownLarge() == null ? null : base + "large",
                    p.file() == null ? null : base + "original", p.addedAt());
        }
    }

    record LinkRequest(String url) {
    }

    record OrderRequest(List<Long> photoIds) {
    }

    private final PhotoAccess access;
    private final ItemPhotos photos;
    private final AddingAPhoto adding;
    private final com.jeweltrak.platform.files.StoredFiles files;

    ItemPhotosApi(PhotoAccess access, ItemPhotos photos, AddingAPhoto adding, com.jeweltrak.platform.files.StoredFiles files) {
        this.access = access;
        this.photos = photos;
        this.adding = adding;
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "The item's photos in order, the primary one marked; image URLs need the same session or token")
    List<PhotoJson> list(@PathVariable long id) {
        Item item = access.viewable(id);
        return json(item);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload one or more photos (part name 'photos'; JPG, PNG or WebP, 10 MB each); all or none are added")
    List<PhotoJson> upload(@PathVariable long id,
                           @RequestParam(name = "photos", required = false) List<MultipartFile> files) {
        Item item = access.editable(id);
        if (files == null || files.isEmpty()) {
            throw new com.jeweltrak.inventory.media.PhotoRefused(AddingAPhoto.UPLOAD_FIELD,
                    "Send the photos as multipart/form-data parts named 'photos'.");
        }
        adding.uploadAll(item.id(), files.stream().map(f -> new AddingAPhoto.Upload(f.getOriginalFilename(),
                f.getContentType(), bytes(f))).toList());
        return json(item);
    }

    @PostMapping("/link")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a photo by the URL of an external image; it is fetched once to check it is a readable image")
    PhotoJson link(@PathVariable long id, @RequestBody LinkRequest request) {
        Item item = access.editable(id);
        return PhotoJson.of(id, adding.link(item.id(), request.url()));
    }

    @PutMapping("/order")
    @Operation(summary = "Put the item's photos in this order (every photo id once)")
    List<PhotoJson> reorder(@PathVariable long id, @RequestBody OrderRequest request) {
        Item item = access.editable(id);
        photos.reorder(item.id(), request.photoIds() == null ? List.of() : request.photoIds());
        return json(item);
    }

    @PostMapping("/{photoId}/primary")
    @Operation(summary = "Make this photo the item's primary one (the previous primary stops being it)")
    List<PhotoJson> primary(@PathVariable long id, @PathVariable long photoId) {
        Item item = access.editable(id);
        photos.makePrimary(item.id(), photoId);
        return json(item);
    }

    @DeleteMapping("/{photoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the photo from the item (audited); the next photo becomes primary if it was")
    void delete(@PathVariable long id, @PathVariable long photoId) {
        Item item = access.editable(id);
        photos.delete(item.id(), photoId);
    }

    @GetMapping("/{photoId}/image")
    @Operation(summary = "The photo's image: size small (320 px JPEG), large (1024 px JPEG) or original (as uploaded)")
    org.springframework.http.ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long photoId,
                                                          @RequestParam(defaultValue = "large") String size) {
        Item item = access.viewable(id);
        ItemPhoto photo = photos.get(item.id(), photoId);
        com.jeweltrak.platform.files.FileId file = switch (size) {
            case "small" -> photo.shownSmall();
            case "original" -> photo.file() != null ? photo.file() : photo.shownLarge();
            case "large" -> photo.shownLarge();
            default -> throw new com.jeweltrak.platform.BusinessRuleViolated("size", "Ask for size small, large or original.");
        };
        if (file == null) throw new com.jeweltrak.platform.RecordNotFound("Photo image", photoId);
        return com.jeweltrak.platform.files.FileDownloads.inlineCached(files.open(file));
    }

    private List<PhotoJson> json(Item item) {
        return photos.of(item.id()).stream().map(p -> PhotoJson.of(item.id().value(), p)).toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
