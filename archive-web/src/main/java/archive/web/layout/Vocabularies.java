package archive.web.layout;

import archive.core.account.TokenStatus;
import archive.core.ingest.ImportReport;
import archive.core.metadata.ArticleKind;
import archive.core.provenance.LinkStatus;
import io.quarkus.qute.TemplateData;

/**
 * The core's vocabularies in templates: as namespaces ({@code {LinkStatus:CONFIRMED}}), so pages compare and post
 * terms, never codes spelt out by hand, and with value resolvers for terms that untyped tags show
 * ({@code {file.outcome.code}}). Declared here because the core knows nothing of Qute.
 */
@TemplateData(target = LinkStatus.class, namespace = TemplateData.SIMPLENAME)
@TemplateData(target = ArticleKind.class, namespace = TemplateData.SIMPLENAME)
@TemplateData(target = ImportReport.ImportOutcome.class)
@TemplateData(target = TokenStatus.class)
final class Vocabularies {

    private Vocabularies() {
    }
}
