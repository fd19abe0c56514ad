package com.jeweltrak.services.appraisals;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A photo of a piece on a draft appraisal (03-services §13 Data: photos 0..n; R5: printed with the item). Only JPEG and
 * PNG, the kinds the PDF renderer draws; each new photo is added after the others, at most {@value #MOST} a piece (a
 * printed page holds that many). R6: never on a finalized appraisal.
 */
@Component
public class PhotographingAnItem {

    static final int MOST = 6;

    private final AppraisalWork work;
    private final StoredFiles files;
    private final JdbcClient jdbc;

    PhotographingAnItem(AppraisalWork work, StoredFiles files, JdbcClient jdbc) {
        this.work = work;
        this.files = files;
        this.jdbc = jdbc;
    }

    @Transactional
    public void attach(AppraisalId id, long itemId, String fileName, byte[] content) {
        Appraisal appraisal = work.appraisals.lock(id);
        AppraisalItem item = appraisal.item(itemId);
        appraisal.checkEditable();
        if (item.photoFileIds().size() >= MOST) {
            throw new BusinessRuleViolated("photo", "A piece holds at most " + MOST + " photos; remove one first.");
        }
        if (content == null || content.length == 0) throw new BusinessRuleViolated("photo", "Choose a photo to upload.");
        String type = jpeg(content) ? "image/jpeg" : png(content) ? "image/png" : null;
        if (type == null) throw new BusinessRuleViolated("photo", "Upload the photo as a JPEG or PNG image.");
        FileId file = files.store(fileName == null || fileName.isBlank() ? "photo" : fileName, type, content);
        jdbc.sql("insert into appraisal_item_photo (tenant_id, appraisal_item_id, file_id) values (jt_current_tenant(), ?, ?)")
                .params(itemId, file.value()).update();
        work.changed(id);
    }

    private static boolean jpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    private static boolean png(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
