package io.github.vanban.examples.generate;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanban.examples.generate.Gazetteer.Department;
import io.github.vanban.examples.generate.Gazetteer.Province;
import io.github.vanban.examples.generate.Gazetteer.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a synthetic national corpus, one file at a time: campaign after campaign, a
 * central directive (a Chỉ thị of the Secretariat {@code N-CT/TW} or of the Prime Minister
 * {@code N/CT-TTg}) and, in each of the 63 provinces, the documents that carry it down — the
 * provincial Party committee's letter ({@code …-CV/TU}) or the People's Committee's letter,
 * the People's Committee's plan ({@code …/KH-UBND}), two department letters, a district
 * letter, and a certified copy of the directive ({@code …-BS/TU}, {@code …/SY-UBND}).
 *
 * <p>File {@code i} depends only on the seed and {@code i}: each file draws from random
 * sources seeded by the seed and the indices of its campaign, province and kind, so files
 * can be made in any order, on any number of threads, with the same bytes. Thread-safe.
 */
public final class CorpusGenerator {
  /** Documents per province and campaign. */
  public static final int PER_PROVINCE = 6;

  private final long seed;
  private final Gazetteer g = Gazetteer.standard();

  private CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** A generator drawing from {@code seed}. */
  public static CorpusGenerator withSeed(long seed) {
    return new CorpusGenerator(seed);
  }

  /** Files per campaign: the central directive and six for each province. */
  public int filesPerCampaign() {
    return 1 + g.provinces.size() * PER_PROVINCE;
  }

  /** The name of file {@code index}: {@code gen-0000042.txt}. */
  public static String fileName(int index) {
    return String.format(Locale.ROOT, "gen-%07d.txt", index);
  }

  /** File {@code index} of the corpus: its text and the facts it holds. */
  public GeneratedFile file(int index) {
    checkArgument(index >= 0, "index must not be negative: %s", index);
    int campaignIndex = index / filesPerCampaign();
    int j = index % filesPerCampaign();
    Campaign c = campaign(campaignIndex);
    String name = fileName(index);
    if (j == 0) {
      Page page = new Page(random(campaignIndex, -1, 0));
      Gold.Document gold = central(c, page);
      return new GeneratedFile(name, page.text(), ImmutableList.of(gold));
    }
    int p = (j - 1) / PER_PROVINCE;
    int kind = (j - 1) % PER_PROVINCE;
    Local local = local(c, campaignIndex, p);
    SplittableRandom r = random(campaignIndex, p, kind + 1);
    Page page = new Page(r);
    List<Gold.Document> docs = new ArrayList<>();
    switch (kind) {
      case 0:
        docs.add(c.party ? partyLetter(c, local, page) : provincialLetter(c, local, page));
        break;
      case 1:
        docs.add(plan(c, local, page));
        break;
      case 2:
        docs.add(departmentLetter(c, local, local.lead, local.letter1, page));
        break;
      case 3:
        docs.add(departmentLetter(c, local, local.other, local.letter2, page));
        break;
      case 4:
        docs.add(districtLetter(c, local, page));
        break;
      default:
        docs.add(central(c, page));
        docs.add(copy(c, local, page));
        break;
    }
    return new GeneratedFile(name, page.text(), ImmutableList.copyOf(docs));
  }

  // ---------------------------------------------------------------- campaigns and provinces

  /** What every document of a campaign knows of its central directive. */
  private static final class Campaign {
    boolean party;
    Topic topic;
    String number;
    LocalDate date;
    String signer;
    String oldNumber;
    LocalDate oldDate;
    Deadlines.Phrase report;
    List<String> fillers;
  }

  private Campaign campaign(int index) {
    SplittableRandom r = random(index, -1, -1);
    Campaign c = new Campaign();
    c.party = index % 3 != 2;
    c.topic = pick(r, g.topics);
    int year = 2012 + index % 12;
    c.date = LocalDate.of(year, 1 + r.nextInt(10), 1 + r.nextInt(28));
    c.number = c.party ? (index + 1) + "-CT/TW" : (index + 1) + "/CT-TTg";
    c.oldDate = LocalDate.of(year - 4 - r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
    int old = 1 + r.nextInt(60);
    c.oldNumber = c.party ? String.format(Locale.ROOT, "%02d-CT/TW", old) : old + "/CT-TTg";
    c.signer = person(r);
    c.report = Deadlines.pick(r, c.date);
    c.fillers = List.of(pick(r, g.fillers), pick(r, g.fillers), pick(r, g.fillers));
    return c;
  }

  /** What the documents of one province in a campaign know of each other. */
  private static final class Local {
    Province province;
    String letterNumber;
    LocalDate letterDate;
    String planNumber;
    LocalDate planDate;
    Department lead;
    Department other;
    String letter1;
    LocalDate letter1Date;
    String letter2;
    String district;
    String resolution;
    LocalDate resolutionDate;
  }

  private Local local(Campaign c, int campaignIndex, int p) {
    SplittableRandom r = random(campaignIndex, p, 0);
    Local l = new Local();
    l.province = g.provinces.get(p);
    l.letterNumber = c.party ? (100 + r.nextInt(9900)) + "-CV/TU"
        : (100 + r.nextInt(4900)) + "/UBND-" + pick(r, List.of("VX", "KGVX", "NC", "TH"));
    l.letterDate = c.date.plusDays(10 + r.nextInt(30));
    l.planNumber = (10 + r.nextInt(490)) + "/KH-UBND";
    l.planDate = l.letterDate.plusDays(5 + r.nextInt(25));
    l.lead = c.topic.department();
    do {
      l.other = pick(r, g.departments);
    } while (l.other.equals(l.lead));
    l.letter1 = (100 + r.nextInt(2900)) + "/" + l.lead.code() + "-VP";
    l.letter1Date = l.planDate.plusDays(3 + r.nextInt(15));
    l.letter2 = (100 + r.nextInt(2900)) + "/" + l.other.code() + "-VP";
    l.district = pick(r, l.province.districts());
    l.resolution = (10 + r.nextInt(190)) + "/NQ-HĐND";
    l.resolutionDate = c.date.minusDays(30 + r.nextInt(300));
    return l;
  }

  // ---------------------------------------------------------------- central directives

  private Gold.Document central(Campaign c, Page page) {
    return c.party ? secretariat(c, page) : primeMinister(c, page);
  }

  private Gold.Document secretariat(Campaign c, Page page) {
    ImmutableList<String> issuer = ImmutableList.of("Ban Bí thư Trung ương Đảng", "Ban Chấp hành Trung ương Đảng");
    page.header(List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", page.numberLine("Số ", c.number)),
        List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày " + longDate(c.date)));
    page.title(List.of("CHỈ THỊ", "CỦA BAN BÍ THƯ", "về " + c.topic.subject()));
    page.para("Sau " + (c.date.getYear() - c.oldDate.getYear()) + " năm thực hiện Chỉ thị số " + c.oldNumber + ", ngày "
        + slashDate(c.oldDate) + " của Ban Bí thư khóa " + term(c.oldDate) + " về " + c.topic.subject()
        + ", công tác này đã đạt được những kết quả quan trọng. " + g.background.get(0) + " " + g.background.get(2));
    page.para("Để khắc phục những hạn chế, khuyết điểm trên, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng, chính quyền, "
        + "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thực hiện tốt các nội dung sau:");
    List<Gold.Task> tasks = new ArrayList<>();
    List<Gold.Report> reports = new ArrayList<>();
    page.para("1. " + c.fillers.get(0));
    for (String f : g.fillers.subList(0, 3)) {
      page.para("- " + f);
    }
    String t2 = "Các tỉnh ủy, thành ủy, ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương tổ chức quán triệt, "
        + "triển khai thực hiện Chỉ thị; xây dựng chương trình, kế hoạch cụ thể phù hợp với tình hình của ngành, địa phương.";
    page.para("2. " + t2);
    tasks.add(new Gold.Task(ImmutableList.of(
        "Các tỉnh ủy, thành ủy, ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương",
        "Các tỉnh ủy, thành ủy"), t2));
    String t3 = "Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo " + c.topic.ministry()
        + " và các bộ, ngành liên quan thể chế hóa các nội dung của Chỉ thị; " + lower(c.fillers.get(1));
    page.para("3. " + t3);
    tasks.add(new Gold.Task(ImmutableList.of("Ban cán sự đảng Chính phủ", "Chính phủ"), t3));
    String t4 = c.topic.board() + " chủ trì, phối hợp với Văn phòng Trung ương Đảng theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị, "
        + c.report.around("báo cáo Ban Bí thư") + ".";
    page.para("4. " + t4);
    tasks.add(new Gold.Task(ImmutableList.of(c.topic.board()), t4));
    reports.add(new Gold.Report(ImmutableList.of(c.topic.board()), issuer, ImmutableList.of(), c.report.deadline(), t4));
    page.para("Chỉ thị này phổ biến đến chi bộ.");
    page.distribution(List.of("Các tỉnh ủy, thành ủy,",
        "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương,",
        "Các đồng chí Ủy viên Ban Chấp hành Trung ương,", "Lưu Văn phòng Trung ương Đảng."));
    page.signature(List.of("T/M BAN BÍ THƯ"), c.signer);
    return new Gold.Document(c.number, "CHI_THI", issuer, "CENTRAL", "Hà Nội", c.date, c.topic.subject(),
        ImmutableList.of(), new Gold.Signer(c.signer, null, "TM"),
        ImmutableList.of(new Gold.Citation(c.oldNumber, "CHI_THI", c.oldDate,
            ImmutableList.of("Ban Bí thư Trung ương Đảng"), "REFERENCES")),
        ImmutableList.copyOf(tasks), ImmutableList.copyOf(reports));
  }

  private Gold.Document primeMinister(Campaign c, Page page) {
    ImmutableList<String> issuer = ImmutableList.of("Thủ tướng Chính phủ");
    page.header(List.of("THỦ TƯỚNG CHÍNH PHỦ", "-------", page.numberLine("Số: ", c.number)),
        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
            "Hà Nội, ngày " + longDate(c.date)));
    page.title(List.of("CHỈ THỊ", "Về " + c.topic.subject()));
    page.para("Thời gian qua, thực hiện Chỉ thị số " + c.oldNumber + " ngày " + slashDate(c.oldDate)
        + " của Thủ tướng Chính phủ, " + lower(g.background.get(1)) + " " + g.background.get(3));
    page.para("Để khắc phục những tồn tại, hạn chế nêu trên, Thủ tướng Chính phủ chỉ thị:");
    List<Gold.Task> tasks = new ArrayList<>();
    List<Gold.Report> reports = new ArrayList<>();
    String t1 = c.topic.ministry() + " chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn, kiểm tra việc thực hiện Chỉ thị này; "
        + "tổng hợp tình hình, " + c.report.around("báo cáo Thủ tướng Chính phủ") + ".";
    page.para("1. " + t1);
    tasks.add(new Gold.Task(ImmutableList.of(c.topic.ministry()), t1));
    reports.add(new Gold.Report(ImmutableList.of(c.topic.ministry()), issuer, ImmutableList.of(), c.report.deadline(), t1));
    String finance = c.topic.ministry().equals("Bộ Tài chính") ? "Bộ Kế hoạch và Đầu tư" : "Bộ Tài chính";
    String t2 = finance + " bố trí kinh phí thực hiện các nhiệm vụ theo quy định của pháp luật về ngân sách nhà nước.";
    page.para("2. " + t2);
    tasks.add(new Gold.Task(ImmutableList.of(finance), t2));
    String lead = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương";
    String t3 = lead + " xây dựng kế hoạch thực hiện Chỉ thị tại địa phương; " + lower(c.fillers.get(2))
        + " Báo cáo kết quả thực hiện về " + c.topic.ministry() + " trước ngày 15 tháng 12 hằng năm.";
    page.para("3. " + t3);
    tasks.add(new Gold.Task(ImmutableList.of(lead), t3));
    reports.add(new Gold.Report(ImmutableList.of(lead), ImmutableList.of(c.topic.ministry()), ImmutableList.of(),
        new Gold.Deadline("RECURRING", null, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", null,
            "trước ngày 15 tháng 12 hằng năm"), t3));
    page.distribution(List.of("Ban Bí thư Trung ương Đảng;", "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
        "HĐND, UBND các tỉnh, thành phố trực thuộc TW;", "Lưu: VT, KGVX."));
    page.signature(List.of("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"), c.signer);
    return new Gold.Document(c.number, "CHI_THI", issuer, "CENTRAL", "Hà Nội", c.date, c.topic.subject(),
        ImmutableList.of(), new Gold.Signer(c.signer, "Phó Thủ tướng", "KT"),
        ImmutableList.of(new Gold.Citation(c.oldNumber, "CHI_THI", c.oldDate,
            ImmutableList.of("Thủ tướng Chính phủ"), "REFERENCES")),
        ImmutableList.copyOf(tasks), ImmutableList.copyOf(reports));
  }

  // ---------------------------------------------------------------- provincial documents

  private Gold.Document partyLetter(Campaign c, Local l, Page page) {
    SplittableRandom r = random(c.number.hashCode(), l.province.name().hashCode(), 1);
    Province p = l.province;
    String party = p.party();
    ImmutableList<String> issuer = ImmutableList.of(p.partyName(), "Ban Thường vụ " + p.partyName());
    String subject = "triển khai thực hiện Chỉ thị số " + c.number + " của Ban Bí thư";
    page.header(List.of("ĐẢNG BỘ " + upper(p.full()), upper(party) + " " + upper(p.name()), "*",
            page.numberLine("Số ", l.letterNumber), "V/v " + subject),
        List.of("ĐẢNG CỘNG SẢN VIỆT NAM", p.place() + ", ngày " + longDate(l.letterDate)));
    List<String> recipients = List.of("Ban cán sự đảng Ủy ban nhân dân " + p.unit(),
        "Các ban đảng, đảng đoàn, ban cán sự đảng " + p.unit(),
        "Các huyện ủy, thị ủy, thành ủy trực thuộc " + party);
    addressees(page, recipients, ",", ".");
    page.para("Thực hiện Chỉ thị số " + c.number + " ngày " + slashDate(c.date) + " của Ban Bí thư về "
        + c.topic.subject() + ", Ban Thường vụ " + party + " yêu cầu:");
    List<Gold.Task> tasks = new ArrayList<>();
    page.para("1. " + c.fillers.get(0) + " " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    String t2 = "Ban cán sự đảng Ủy ban nhân dân " + p.unit() + " lãnh đạo, chỉ đạo xây dựng kế hoạch triển khai thực hiện Chỉ thị; "
        + "chỉ đạo " + l.lead.name() + " tham mưu các giải pháp cụ thể, phù hợp với điều kiện của địa phương.";
    page.para("2. " + t2);
    tasks.add(new Gold.Task(ImmutableList.of("Ban cán sự đảng Ủy ban nhân dân " + p.full(), "Ủy ban nhân dân " + p.full()), t2));
    String t3 = "Ban Tuyên giáo " + party + " chủ trì, phối hợp với các cơ quan liên quan hướng dẫn công tác tuyên truyền "
        + "về nội dung Chỉ thị trong cán bộ, đảng viên và nhân dân.";
    page.para("3. " + t3);
    tasks.add(new Gold.Task(ImmutableList.of("Ban Tuyên giáo " + p.partyName()), t3));
    Deadlines.Phrase d = Deadlines.pick(r, l.letterDate);
    String t4 = "Văn phòng " + party + " theo dõi, đôn đốc việc thực hiện, " + d.around("tổng hợp báo cáo Ban Thường vụ " + party) + ".";
    page.para("4. " + t4);
    tasks.add(new Gold.Task(ImmutableList.of("Văn phòng " + p.partyName()), t4));
    Gold.Report report = new Gold.Report(ImmutableList.of("Văn phòng " + p.partyName()),
        ImmutableList.of("Ban Thường vụ " + p.partyName(), p.partyName()), ImmutableList.of(), d.deadline(), t4);
    page.distribution(List.of("Ban Bí thư (b/c),", "Như kính gửi,", "Lưu Văn phòng " + party + "."));
    String signer = person(r);
    page.signature(List.of("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"), signer);
    return new Gold.Document(l.letterNumber, "CONG_VAN", issuer, "PROVINCIAL", p.place(), l.letterDate, subject,
        ImmutableList.copyOf(recipients), new Gold.Signer(signer, "Phó Bí thư Thường trực", "TM"),
        ImmutableList.of(new Gold.Citation(c.number, "CHI_THI", c.date, centralIssuer(c), "IMPLEMENTS")),
        ImmutableList.copyOf(tasks), ImmutableList.of(report));
  }

  private Gold.Document provincialLetter(Campaign c, Local l, Page page) {
    SplittableRandom r = random(c.number.hashCode(), l.province.name().hashCode(), 2);
    Province p = l.province;
    String ubnd = "Ủy ban nhân dân " + p.full();
    String subject = "triển khai thực hiện Chỉ thị số " + c.number + " ngày " + slashDate(c.date) + " của Thủ tướng Chính phủ";
    page.header(List.of("ỦY BAN NHÂN DÂN", upper(p.full()), "-------", page.numberLine("Số: ", l.letterNumber),
            "V/v " + subject),
        motto(p.place(), l.letterDate));
    List<String> recipients = List.of("Các sở, ban, ngành " + p.unit(), "Ủy ban nhân dân " + p.districtGroup());
    addressees(page, recipients, ";", ".");
    page.para("Thực hiện Chỉ thị số " + c.number + " ngày " + slashDate(c.date) + " của Thủ tướng Chính phủ về "
        + c.topic.subject() + ", Chủ tịch Ủy ban nhân dân " + p.unit() + " có ý kiến như sau:");
    Deadlines.Phrase d = Deadlines.pick(r, l.letterDate);
    String t1 = "Giao " + l.lead.name() + " chủ trì, phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân " + p.unit()
        + " xây dựng Kế hoạch triển khai thực hiện Chỉ thị; " + d.around("báo cáo Ủy ban nhân dân " + p.unit()) + ".";
    page.para("1. " + t1);
    String t2 = "Các sở, ban, ngành " + p.unit() + ", Ủy ban nhân dân " + p.districtGroup()
        + " căn cứ chức năng, nhiệm vụ tổ chức triển khai thực hiện nghiêm các nội dung của Chỉ thị. " + c.fillers.get(1);
    page.para("2. " + t2);
    page.para("3. " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    page.para("Yêu cầu Thủ trưởng các cơ quan, đơn vị quan tâm triển khai thực hiện./.");
    page.distribution(List.of("Như trên;", "Văn phòng Chính phủ (b/c);", "CT, các PCT UBND " + p.unit() + ";", "Lưu: VT."));
    String signer = person(r);
    page.signature(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), signer);
    return new Gold.Document(l.letterNumber, "CONG_VAN", ImmutableList.of(ubnd), "PROVINCIAL", p.place(), l.letterDate,
        subject, ImmutableList.copyOf(recipients), new Gold.Signer(signer, "Phó Chủ tịch", "KT"),
        ImmutableList.of(new Gold.Citation(c.number, "CHI_THI", c.date, centralIssuer(c), "IMPLEMENTS")),
        ImmutableList.of(new Gold.Task(ImmutableList.of(deptName(l.lead, p)), t1),
            new Gold.Task(sectors(p), t2), new Gold.Task(districts(p), t2)),
        ImmutableList.of(new Gold.Report(ImmutableList.of(deptName(l.lead, p)), ImmutableList.of(ubnd), ImmutableList.of(),
            d.deadline(), t1)));
  }

  private Gold.Document plan(Campaign c, Local l, Page page) {
    SplittableRandom r = random(c.number.hashCode(), l.province.name().hashCode(), 3);
    Province p = l.province;
    String ubnd = "Ủy ban nhân dân " + p.full();
    String centralWords = "Chỉ thị số " + c.number + " ngày " + slashDate(c.date) + " của "
        + (c.party ? "Ban Bí thư" : "Thủ tướng Chính phủ");
    String subject = "Triển khai thực hiện " + centralWords + " về " + c.topic.subject();
    page.header(List.of("ỦY BAN NHÂN DÂN", upper(p.full()), "-------", page.numberLine("Số: ", l.planNumber)),
        motto(p.place(), l.planDate));
    page.title(List.of("KẾ HOẠCH", subject));
    List<Gold.Citation> citations = new ArrayList<>();
    citations.add(new Gold.Citation(c.number, "CHI_THI", c.date, centralIssuer(c), "IMPLEMENTS"));
    if (c.party) {
      page.para("Thực hiện Văn bản số " + l.letterNumber + " ngày " + slashDate(l.letterDate) + " của " + p.party()
          + " về triển khai thực hiện Chỉ thị số " + c.number + " của Ban Bí thư; Ủy ban nhân dân " + p.unit()
          + " ban hành Kế hoạch triển khai thực hiện như sau:");
      citations.add(new Gold.Citation(l.letterNumber, "CONG_VAN", l.letterDate,
          ImmutableList.of(p.partyName(), "Ban Thường vụ " + p.partyName()), "IMPLEMENTS"));
    } else {
      page.para("Thực hiện Công văn số " + l.letterNumber + " ngày " + slashDate(l.letterDate) + " của Ủy ban nhân dân "
          + p.unit() + " về triển khai thực hiện " + centralWords + "; Ủy ban nhân dân " + p.unit()
          + " ban hành Kế hoạch triển khai thực hiện như sau:");
      citations.add(new Gold.Citation(l.letterNumber, "CONG_VAN", l.letterDate, ImmutableList.of(ubnd), "IMPLEMENTS"));
    }
    page.line("I. MỤC ĐÍCH, YÊU CẦU");
    page.blank();
    page.para("1. " + c.fillers.get(0));
    page.para("2. " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    page.para("3. " + pick(r, g.fillers));
    page.line("II. NHIỆM VỤ, GIẢI PHÁP");
    page.blank();
    page.para("1. " + c.fillers.get(1));
    page.para("2. " + pick(r, g.fillers).replaceAll("\\.$", "")
        + ", gắn với thực hiện Nghị quyết số " + l.resolution + " ngày " + slashDate(l.resolutionDate)
        + " của Hội đồng nhân dân " + p.unit() + ".");
    citations.add(new Gold.Citation(l.resolution, "NGHI_QUYET", l.resolutionDate,
        ImmutableList.of("Hội đồng nhân dân " + p.full()), "REFERENCES"));
    page.para("3. " + c.fillers.get(2));
    int more = 2 + r.nextInt(5);
    for (int i = 0; i < more; i++) {
      page.para((4 + i) + ". " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    }
    page.line("III. TỔ CHỨC THỰC HIỆN");
    page.blank();
    List<Gold.Task> tasks = new ArrayList<>();
    List<Gold.Report> reports = new ArrayList<>();
    String lead = deptName(l.lead, p);
    Deadlines.Phrase d1 = Deadlines.pick(r, l.planDate);
    String t1 = l.lead.name() + " chủ trì, phối hợp với các sở, ban, ngành liên quan hướng dẫn, theo dõi, đôn đốc việc triển khai "
        + "Kế hoạch này; " + d1.around("báo cáo Ủy ban nhân dân " + p.unit()) + ".";
    page.para("1. " + t1);
    tasks.add(new Gold.Task(ImmutableList.of(lead), t1));
    reports.add(new Gold.Report(ImmutableList.of(lead), ImmutableList.of(ubnd), ImmutableList.of(), d1.deadline(), t1));
    String t2 = l.other.name() + " tham mưu bố trí nguồn lực, phối hợp với " + l.lead.name()
        + " thực hiện các nhiệm vụ thuộc lĩnh vực quản lý.";
    page.para("2. " + t2);
    tasks.add(new Gold.Task(ImmutableList.of(deptName(l.other, p)), t2));
    String front = "Ủy ban Mặt trận Tổ quốc Việt Nam " + p.full();
    String t3 = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam " + p.unit()
        + " phối hợp tuyên truyền, vận động các tầng lớp nhân dân hưởng ứng, tham gia thực hiện.";
    page.para("3. " + t3);
    tasks.add(new Gold.Task(ImmutableList.of(front), t3));
    Deadlines.Phrase d2 = Deadlines.pick(r, l.planDate);
    String t4 = "Ủy ban nhân dân " + p.districtGroup() + " xây dựng kế hoạch cụ thể để tổ chức thực hiện tại địa phương; "
        + d2.around("báo cáo kết quả thực hiện về " + l.lead.name()) + ".";
    page.para("4. " + t4);
    tasks.add(new Gold.Task(districts(p), t4));
    reports.add(new Gold.Report(districts(p), ImmutableList.of(lead), ImmutableList.of(), d2.deadline(), t4));
    String t5 = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các sở, ban, ngành " + p.unit()
        + " và Ủy ban nhân dân " + p.districtGroup() + " kịp thời báo cáo Ủy ban nhân dân " + p.unit()
        + " (qua " + l.lead.name() + ") để xem xét, giải quyết./.";
    page.para(t5);
    Gold.Deadline onEvent = new Gold.Deadline("ON_EVENT", null, null, null, "nếu có khó khăn, vướng mắc");
    reports.add(new Gold.Report(sectors(p), ImmutableList.of(ubnd), ImmutableList.of(lead), onEvent, t5));
    reports.add(new Gold.Report(districts(p), ImmutableList.of(ubnd), ImmutableList.of(lead), onEvent, t5));
    page.distribution(List.of(c.party ? "Thường trực " + p.party() + ";" : "Văn phòng Chính phủ;",
        "Thường trực HĐND " + p.unit() + ";", "Các sở, ban, ngành " + p.unit() + ";",
        "UBND " + p.districtGroup() + ";", "Lưu: VT."));
    String signer = person(r);
    page.signature(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), signer);
    return new Gold.Document(l.planNumber, "KE_HOACH", ImmutableList.of(ubnd), "PROVINCIAL", p.place(), l.planDate,
        subject, ImmutableList.of(), new Gold.Signer(signer, "Phó Chủ tịch", "KT"), ImmutableList.copyOf(citations),
        ImmutableList.copyOf(tasks), ImmutableList.copyOf(reports));
  }

  private Gold.Document departmentLetter(Campaign c, Local l, Department dept, String number, Page page) {
    SplittableRandom r = random(c.number.hashCode(), l.province.name().hashCode(), 4 + dept.code().hashCode());
    Province p = l.province;
    String ubnd = "Ủy ban nhân dân " + p.full();
    String self = deptName(dept, p);
    LocalDate date = dept.equals(l.lead) ? l.letter1Date : l.planDate.plusDays(2 + r.nextInt(20));
    String subject = "triển khai Kế hoạch số " + l.planNumber + " ngày " + slashDate(l.planDate) + " của UBND " + p.unit();
    page.header(List.of("UBND " + upper(p.full()), upper(dept.name()), "-------", page.numberLine("Số: ", number),
        "V/v " + subject), motto(p.place(), date));
    List<String> recipients = List.of("Ủy ban nhân dân " + p.districtGroup(), "Các đơn vị trực thuộc Sở");
    addressees(page, recipients, ";", ".");
    page.para("Thực hiện Kế hoạch số " + l.planNumber + " ngày " + slashDate(l.planDate) + " của Ủy ban nhân dân "
        + p.unit() + " về " + c.topic.subject() + ", " + dept.name()
        + " đề nghị các đơn vị thực hiện một số nội dung sau:");
    page.para("1. " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    Deadlines.Phrase d1 = Deadlines.pick(r, date);
    String t2 = "Ủy ban nhân dân " + p.districtGroup() + " chỉ đạo " + dept.districtOffice()
        + " và các đơn vị liên quan triển khai thực hiện; " + d1.around("báo cáo kết quả về " + dept.name()) + ".";
    page.para("2. " + t2);
    page.para("3. " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    Deadlines.Phrase d2 = Deadlines.pick(r, date);
    String own = dept.name() + " sẽ tổng hợp, " + d2.around("báo cáo Ủy ban nhân dân " + p.unit()) + " theo quy định.";
    page.para(own + " Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.");
    page.distribution(List.of("Như trên;", "UBND " + p.unit() + " (b/c);", "Giám đốc, các PGĐ Sở;", "Lưu: VT, VP."));
    String signer = person(r);
    boolean deputy = r.nextBoolean();
    page.signature(deputy ? List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") : List.of("GIÁM ĐỐC"), signer);
    return new Gold.Document(number, "CONG_VAN", ImmutableList.of(self), "DEPARTMENT", p.place(), date, subject,
        ImmutableList.copyOf(recipients),
        new Gold.Signer(signer, deputy ? "Phó Giám đốc" : "Giám đốc", deputy ? "KT" : null),
        ImmutableList.of(new Gold.Citation(l.planNumber, "KE_HOACH", l.planDate, ImmutableList.of(ubnd), "IMPLEMENTS")),
        ImmutableList.of(new Gold.Task(districts(p), t2)),
        ImmutableList.of(new Gold.Report(districts(p), ImmutableList.of(self), ImmutableList.of(), d1.deadline(), t2),
            new Gold.Report(ImmutableList.of(self), ImmutableList.of(ubnd), ImmutableList.of(), d2.deadline(), own)));
  }

  private Gold.Document districtLetter(Campaign c, Local l, Page page) {
    SplittableRandom r = random(c.number.hashCode(), l.province.name().hashCode(), 5);
    Province p = l.province;
    String district = l.district;
    String districtName = district.substring(district.indexOf(' ') + 1);
    String districtUnit = district.substring(0, district.indexOf(' '));
    String ubnd = "Ủy ban nhân dân " + district;
    String office = l.lead.districtOffice();
    String number = (100 + r.nextInt(1900)) + "/UBND-" + pick(r, List.of("VP", "NV", "VX"));
    LocalDate date = l.letter1Date.plusDays(2 + r.nextInt(20));
    String subject = "thực hiện Kế hoạch số " + l.planNumber + " của UBND " + p.unit();
    page.header(List.of("ỦY BAN NHÂN DÂN", upper(district), "-------", page.numberLine("Số: ", number), "V/v " + subject),
        motto(districtName, date));
    String communes = districtUnit.equals("quận") ? "các phường" : "các xã, thị trấn";
    List<String> recipients = List.of("Các cơ quan, ban, ngành " + districtUnit, "Ủy ban nhân dân " + communes);
    addressees(page, recipients, ";", ".");
    page.para("Thực hiện Kế hoạch số " + l.planNumber + " ngày " + slashDate(l.planDate) + " của Ủy ban nhân dân "
        + p.full() + " về " + c.topic.subject() + " và Công văn số " + l.letter1 + " ngày " + slashDate(l.letter1Date)
        + " của " + l.lead.name() + " " + p.unit() + ", Chủ tịch Ủy ban nhân dân " + districtUnit + " yêu cầu:");
    Deadlines.Phrase d1 = Deadlines.pick(r, date);
    String officeName = office + " " + district;
    String t1 = office + " " + districtUnit + " chủ trì, phối hợp với các cơ quan liên quan tham mưu triển khai thực hiện; "
        + "tổng hợp, " + d1.around("báo cáo Ủy ban nhân dân " + districtUnit) + ".";
    page.para("1. " + t1);
    Deadlines.Phrase d2 = Deadlines.pick(r, date);
    String t2 = "Ủy ban nhân dân " + communes + " tổ chức triển khai thực hiện tại địa phương; "
        + d2.around("báo cáo kết quả về Ủy ban nhân dân " + districtUnit + " (qua " + office + ")") + ".";
    page.para("2. " + t2);
    page.para("3. " + pick(r, g.fillers) + " " + pick(r, g.fillers));
    page.distribution(List.of("Như trên;", "UBND " + p.unit() + " (b/c);", "Lưu: VT."));
    String signer = person(r);
    page.signature(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), signer);
    ImmutableList<String> communeGroup = ImmutableList.of("Ủy ban nhân dân " + communes + " " + district,
        "Ủy ban nhân dân " + communes);
    return new Gold.Document(number, "CONG_VAN", ImmutableList.of(ubnd, ubnd + " " + p.full()), "DISTRICT", districtName,
        date, subject, ImmutableList.copyOf(recipients), new Gold.Signer(signer, "Phó Chủ tịch", "KT"),
        ImmutableList.of(
            new Gold.Citation(l.planNumber, "KE_HOACH", l.planDate, ImmutableList.of("Ủy ban nhân dân " + p.full()), "IMPLEMENTS"),
            new Gold.Citation(l.letter1, "CONG_VAN", l.letter1Date, ImmutableList.of(deptName(l.lead, p)), "IMPLEMENTS")),
        ImmutableList.of(new Gold.Task(ImmutableList.of(officeName), t1), new Gold.Task(communeGroup, t2)),
        ImmutableList.of(
            new Gold.Report(ImmutableList.of(officeName), ImmutableList.of(ubnd), ImmutableList.of(), d1.deadline(), t1),
            new Gold.Report(communeGroup, ImmutableList.of(ubnd), ImmutableList.of(officeName), d2.deadline(), t2)));
  }

  private Gold.Document copy(Campaign c, Local l, Page page) {
    SplittableRandom r = random(c.number.hashCode(), l.province.name().hashCode(), 6);
    Province p = l.province;
    LocalDate date = c.date.plusDays(7 + r.nextInt(20));
    String signer = person(r);
    Gold.Citation original = new Gold.Citation(c.number, "CHI_THI", c.date, centralIssuer(c), "COPY_OF");
    if (c.party) {
      String number = (10 + r.nextInt(490)) + "-BS/TU";
      page.header(List.of(upper(p.party()) + " " + upper(p.name()), "*", page.numberLine("Số ", number), "SAO LỤC"),
          List.of(p.place() + ", ngày " + longDate(date)));
      page.signature(List.of("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"), signer);
      page.distribution(List.of("Các huyện ủy, thị ủy, thành ủy,", "Các ban đảng, đảng đoàn, ban cán sự đảng,",
          "Lưu Văn phòng " + p.party() + "."));
      page.line("(" + (30 + r.nextInt(90)) + " bản)");
      return new Gold.Document(number, "BAN_SAO", ImmutableList.of(p.partyName(), "Ban Thường vụ " + p.partyName()),
          "PROVINCIAL", p.place(), date, null, ImmutableList.of(), new Gold.Signer(signer, "Chánh Văn phòng", "TL"),
          ImmutableList.of(original), ImmutableList.of(), ImmutableList.of());
    }
    String number = (10 + r.nextInt(490)) + "/SY-UBND";
    page.header(List.of("ỦY BAN NHÂN DÂN", upper(p.full()), "-------", page.numberLine("Số: ", number)),
        motto(p.place(), date));
    page.line("SAO Y BẢN CHÍNH");
    page.blank();
    page.distribution(List.of("Các sở, ban, ngành " + p.unit() + ";", "UBND " + p.districtGroup() + ";", "Lưu: VT."));
    page.signature(List.of("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"), signer);
    return new Gold.Document(number, "BAN_SAO", ImmutableList.of("Ủy ban nhân dân " + p.full()), "PROVINCIAL", p.place(),
        date, null, ImmutableList.of(), new Gold.Signer(signer, "Chánh Văn phòng", "TL"), ImmutableList.of(original),
        ImmutableList.of(), ImmutableList.of());
  }

  // ---------------------------------------------------------------- shared pieces

  private static void addressees(Page page, List<String> recipients, String sep, String last) {
    page.line("Kính gửi:");
    page.blank();
    for (int i = 0; i < recipients.size(); i++) {
      page.line("- " + recipients.get(i) + (i == recipients.size() - 1 ? last : sep));
    }
    page.blank();
  }

  private static List<String> motto(String place, LocalDate date) {
    return List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
        place + ", ngày " + longDate(date));
  }

  private static ImmutableList<String> centralIssuer(Campaign c) {
    return c.party ? ImmutableList.of("Ban Bí thư Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")
        : ImmutableList.of("Thủ tướng Chính phủ");
  }

  private static String deptName(Department d, Province p) {
    return d.name() + " " + p.full();
  }

  private static ImmutableList<String> sectors(Province p) {
    return ImmutableList.of("Các sở, ban, ngành " + p.full(), "Các sở, ban, ngành");
  }

  private static ImmutableList<String> districts(Province p) {
    return ImmutableList.of("Ủy ban nhân dân " + p.districtGroup() + " " + p.full(), "Ủy ban nhân dân " + p.districtGroup());
  }

  private String person(SplittableRandom r) {
    return pick(r, g.familyNames) + " " + pick(r, g.middleNames) + " " + pick(r, g.givenNames);
  }

  private static String longDate(LocalDate d) {
    int day = d.getDayOfMonth();
    return (day < 10 ? "0" + day : Integer.toString(day)) + " tháng " + d.getMonthValue() + " năm " + d.getYear();
  }

  private static String slashDate(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  /** The term (khóa) of the Central Committee in office at {@code d}. */
  private static String term(LocalDate d) {
    int y = d.getYear();
    return y < 2001 ? "VIII" : y < 2006 ? "IX" : y < 2011 ? "X" : y < 2016 ? "XI" : y < 2021 ? "XII" : "XIII";
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private SplittableRandom random(long a, long b, long c) {
    long h = seed;
    h = mix(h ^ (a * 0x9E3779B97F4A7C15L));
    h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
    h = mix(h ^ (c * 0x165667B19E3779F9L));
    return new SplittableRandom(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
