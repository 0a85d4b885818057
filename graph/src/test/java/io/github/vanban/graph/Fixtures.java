package io.github.vanban.graph;

import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-built model objects shaped like the 38-CT/TW documents: the directive, the Đồng Nai
 * Party committee's letter, the plan and a department's letter that carry it out, a Kiên
 * Giang letter, a Tuyên Quang copy and a Cần Thơ letter known from a news report.
 */
final class Fixtures {
  private Fixtures() {}

  static Agency agency(String name, AgencyKind kind, Level level, String locality) {
    var b = Agency.builder().name(name).kind(kind).level(level);
    if (locality != null) {
      b.locality(locality);
    }
    return b.build();
  }

  static final Agency BAN_BI_THU = agency("Ban Bí thư Trung ương Đảng", AgencyKind.PARTY_COMMITTEE, Level.CENTRAL, null);
  static final Agency TINH_UY_DN = agency("Tỉnh ủy Đồng Nai", AgencyKind.PARTY_COMMITTEE, Level.PROVINCIAL, "Đồng Nai");
  static final Agency BTV_DN = agency("Ban Thường vụ Tỉnh ủy Đồng Nai", AgencyKind.PARTY_COMMITTEE, Level.PROVINCIAL, "Đồng Nai");
  static final Agency UBND_DN = agency("Ủy ban nhân dân tỉnh Đồng Nai", AgencyKind.GOVERNMENT, Level.PROVINCIAL, "Đồng Nai");
  static final Agency SO_NGOAI_VU_DN = agency("Sở Ngoại vụ tỉnh Đồng Nai", AgencyKind.DEPARTMENT, Level.DEPARTMENT, "Đồng Nai");
  static final Agency SO_TU_PHAP_DN = agency("Sở Tư pháp tỉnh Đồng Nai", AgencyKind.DEPARTMENT, Level.DEPARTMENT, "Đồng Nai");
  static final Agency CAC_SO_DN = agency("Các sở, ban, ngành tỉnh Đồng Nai", AgencyKind.GROUP, Level.DEPARTMENT, "Đồng Nai");
  static final Agency UBND_HUYEN_DN = agency("Ủy ban nhân dân các huyện, thành phố tỉnh Đồng Nai", AgencyKind.GROUP, Level.DISTRICT, "Đồng Nai");
  static final Agency UBND_KG = agency("Ủy ban nhân dân tỉnh Kiên Giang", AgencyKind.GOVERNMENT, Level.PROVINCIAL, "Kiên Giang");
  static final Agency SO_NOI_VU_KG = agency("Sở Nội vụ tỉnh Kiên Giang", AgencyKind.DEPARTMENT, Level.DEPARTMENT, "Kiên Giang");
  static final Agency TINH_UY_KG = agency("Tỉnh ủy Kiên Giang", AgencyKind.PARTY_COMMITTEE, Level.PROVINCIAL, "Kiên Giang");
  static final Agency BTV_CT = agency("Ban Thường vụ Thành ủy Cần Thơ", AgencyKind.PARTY_COMMITTEE, Level.PROVINCIAL, "Cần Thơ");
  static final Agency DUK_TQ = agency("Đảng ủy Khối các cơ quan tỉnh Tuyên Quang", AgencyKind.PARTY_BOARD, Level.DEPARTMENT, "Tuyên Quang");
  static final Agency BAN_DOI_NGOAI = agency("Ban Đối ngoại Trung ương", AgencyKind.PARTY_BOARD, Level.CENTRAL, null);

  static Span span(String text) {
    return Span.of(0, text.length(), text);
  }

  static Span span(int start, String text) {
    return Span.of(start, start + text.length(), text);
  }

  static Citation cite(String number, DocumentType type, String date, Agency issuer, Relation relation) {
    var b = Citation.builder().number(DocumentNumber.of(number)).type(type).relation(relation)
        .span(span(type.heading() + " số " + number));
    if (date != null) {
      b.date(LocalDate.parse(date));
    }
    if (issuer != null) {
      b.issuer(issuer);
    }
    return b.build();
  }

  static ReportingObligation report(Agency reporter, Agency recipient, Deadline deadline, int at) {
    String text = "báo cáo " + recipient.name();
    return ReportingObligation.builder().reporter(reporter).recipient(recipient).deadline(deadline)
        .text(text).span(span(at, text)).build();
  }

  static Task task(Agency lead, int at) {
    String text = "chủ trì, phối hợp triển khai";
    return Task.builder().lead(lead).text(text).span(span(at, text)).build();
  }

  static final Deadline NOV_15_YEARLY = Deadline.recurring(RecurrenceRule.yearly(11, 15), "trước ngày 15/11 hằng năm");

  static final Document CT_38 = Document.builder().number(DocumentNumber.of("38-CT/TW")).type(DocumentType.CHI_THI)
      .issuer(BAN_BI_THU).level(Level.CENTRAL).place("Hà Nội").date(LocalDate.of(2019, 9, 19))
      .addCitations(cite("28-CT/TW", DocumentType.CHI_THI, "2008-12-02", BAN_BI_THU, Relation.REFERENCES))
      .addTasks(task(BAN_DOI_NGOAI, 900))
      .addReporting(report(BAN_DOI_NGOAI, BAN_BI_THU, Deadline.periodic(null, "định kỳ"), 950))
      .span(span("CHỈ THỊ 38-CT/TW")).source("seed-002.txt").build();

  static final Document BS_187 = Document.builder().number(DocumentNumber.of("187-BS/ĐUK")).type(DocumentType.BAN_SAO)
      .issuer(DUK_TQ).level(Level.DEPARTMENT).place("Tuyên Quang").date(LocalDate.of(2019, 10, 16))
      .addCitations(cite("38-CT/TW", DocumentType.CHI_THI, "2019-09-19", BAN_BI_THU, Relation.COPY_OF))
      .span(span("BẢN SAO 187-BS/ĐUK")).source("seed-002.txt").build();

  static final Document CV_8485 = Document.builder().number(DocumentNumber.of("8485-CV/TU")).type(DocumentType.CONG_VAN)
      .issuer(TINH_UY_DN).level(Level.PROVINCIAL).place("Đồng Nai").date(LocalDate.of(2020, 2, 17))
      .addCitations(cite("28-CT/TW", DocumentType.CHI_THI, "2008-12-02", BAN_BI_THU, Relation.REFERENCES))
      // another spelling of the directive's number
      .addCitations(cite("38/CT-TW", DocumentType.CHI_THI, "2019-09-19", BAN_BI_THU, Relation.IMPLEMENTS))
      .addReporting(report(UBND_DN, BTV_DN, Deadline.periodic(Period.YEARLY, "hằng năm"), 700))
      .span(span("8485-CV/TU")).source("seed-004.txt").build();

  static final Document STP_508 = Document.builder().number(DocumentNumber.of("508/STP-VP")).type(DocumentType.CONG_VAN)
      .issuer(SO_TU_PHAP_DN).level(Level.DEPARTMENT).place("Đồng Nai").date(LocalDate.of(2020, 2, 26))
      .addCitations(cite("8485-CV/TU", DocumentType.CONG_VAN, "2020-02-17", BTV_DN, Relation.IMPLEMENTS))
      .addCitations(cite("38-CT/TW", DocumentType.CHI_THI, "2019-09-19", BAN_BI_THU, Relation.IMPLEMENTS))
      .addCitations(cite("04-CT/TW", DocumentType.CHI_THI, "2011-07-06", BAN_BI_THU, Relation.REFERENCES))
      .span(span("508/STP-VP")).source("seed-004.txt").build();

  static final Document KH_3935 = Document.builder().number(DocumentNumber.of("3935/KH-UBND")).type(DocumentType.KE_HOACH)
      .issuer(UBND_DN).level(Level.PROVINCIAL).place("Đồng Nai").date(LocalDate.of(2020, 4, 8))
      .addCitations(cite("8485-CV/TU", DocumentType.CONG_VAN, "2020-02-17", TINH_UY_DN, Relation.IMPLEMENTS))
      .addCitations(cite("38-CT/TW", DocumentType.CHI_THI, "2019-09-19", BAN_BI_THU, Relation.IMPLEMENTS))
      .addCitations(cite("04-CT/TW", DocumentType.CHI_THI, "2011-07-06", BAN_BI_THU, Relation.REFERENCES))
      .addTasks(task(SO_NGOAI_VU_DN, 500), task(CAC_SO_DN, 400))
      .addReporting(report(SO_NGOAI_VU_DN, UBND_DN, Deadline.periodic(Period.YEARLY, "định kỳ hằng năm"), 510))
      .addReporting(report(CAC_SO_DN, SO_NGOAI_VU_DN, NOV_15_YEARLY, 800))
      .addReporting(report(UBND_HUYEN_DN, SO_NGOAI_VU_DN, NOV_15_YEARLY, 800))
      .addReporting(report(CAC_SO_DN, UBND_DN, Deadline.onEvent("khi có khó khăn, vướng mắc"), 850))
      .span(span("3935/KH-UBND")).source("seed-001.txt").build();

  static final Document CV_539 = Document.builder().number(DocumentNumber.of("539/UBND-VHXH")).type(DocumentType.CONG_VAN)
      .issuer(UBND_KG).level(Level.PROVINCIAL).place("Kiên Giang").date(LocalDate.of(2020, 4, 17))
      .addRecipients("Các sở, ban, ngành cấp tỉnh")
      .addCitations(cite("28-CT/TW", DocumentType.CHI_THI, "2008-12-02", BAN_BI_THU, Relation.REFERENCES))
      .addCitations(cite("38-CT/TW", DocumentType.CHI_THI, "2019-09-19", BAN_BI_THU, Relation.IMPLEMENTS))
      .addCitations(cite("1039-CV/TU", DocumentType.CONG_VAN, "2020-02-21", TINH_UY_KG, Relation.IMPLEMENTS))
      .addTasks(task(SO_NOI_VU_KG, 600))
      .addReporting(report(SO_NOI_VU_KG, UBND_KG, Deadline.periodic(null, "định kỳ"), 650))
      .span(span("539/UBND-VHXH")).source("seed-000.txt").build();

  static final Document CAN_THO = Document.builder().type(DocumentType.CONG_VAN).issuer(BTV_CT).level(Level.PROVINCIAL)
      .addCitations(cite("38-CT/TW", DocumentType.CHI_THI, "2019-09-19", BAN_BI_THU, Relation.IMPLEMENTS))
      .span(span("Ban Thường vụ Thành ủy Cần Thơ vừa có công văn")).source("seed-003.txt").build();

  /** The documents in the order the seed files hold them. */
  static final List<Document> ALL = List.of(CV_539, KH_3935, CT_38, BS_187, CAN_THO, STP_508, CV_8485);
}
