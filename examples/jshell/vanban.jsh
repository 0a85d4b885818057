// vanban in JShell: the bundled documents as a corpus, with its graphs and queries.
// Open from the project root (README, "In JShell"):
//   ./vanban --version && jshell --class-path cli/target/vanban.jar examples/jshell/vanban.jsh
// then keep typing: every result prints as a table.
import io.github.vanban.core.*;
import io.github.vanban.graph.*;
import io.github.vanban.graph.query.*;
import java.nio.file.Path;
import java.time.LocalDate;

var corpus = Corpus.of(Path.of(System.getProperty("vanban.corpus", "examples/src/main/resources/corpus")));
System.out.println(corpus);

// Who reports to whom, by when: as of a day, soonest first.
var may2020 = LocalDate.of(2020, 5, 1);
var obligations = corpus.obligations().asOf(may2020);
System.out.println(obligations);

// The due days of the year ahead, recurring deadlines expanded.
System.out.println(corpus.obligations().dueBetween(may2020, may2020.plusYears(1)));

// The agencies with the most obligations.
System.out.println(corpus.ranking().top(10));

// How Chỉ thị 38-CT/TW was carried down, and who has not carried it yet.
if (corpus.citations().find("38-CT/TW").isPresent()) {
  System.out.println(corpus.cascade("38-CT/TW"));
  System.out.println(corpus.coverage("38-CT/TW"));
}

// The graphs are plain JGraphT graphs: any algorithm runs on them.
var families = new org.jgrapht.alg.connectivity.ConnectivityInspector<>(corpus.citations().graph()).connectedSets();
System.out.println(families.size() + " families of documents that cite one another");

// Try next:
//   corpus.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai").asOf(LocalDate.of(2020, 11, 16))
//   corpus.lineage("3935/KH-UBND")
//   corpus.profile("Sở Nội vụ tỉnh Kiên Giang")
//   corpus.chainUp("Sở Ngoại vụ tỉnh Đồng Nai")
//   corpus.citations().graph()   // a plain org.jgrapht.Graph: run any JGraphT algorithm on it
