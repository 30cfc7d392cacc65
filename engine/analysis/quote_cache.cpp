#include "analysis/quote_cache.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "analysis/quote_bank.hpp"
#include "model/build_id.hpp"
#include "text/fold.hpp"
#include "text/sha256.hpp"

namespace canvass {

namespace {

// Bumped when the pieces' encoding or the pipeline changes in a way the build ID misses.
constexpr std::uint8_t kFormat = 2;

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

void put_number(std::string& out, std::uint64_t n) {  // LEB128
  do {
    std::uint8_t b = n & 0x7f;
    n >>= 7;
    out.push_back(static_cast<char>(n ? b | 0x80 : b));
  } while (n);
}
void put_text(std::string& out, std::string_view s) {
  put_number(out, s.size());
  out.append(s);
}
template <class T>
void put_raw(std::string& out, T v) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  out.append(b, sizeof v);
}

struct Reader {
  std::string_view in;
  bool ok = true;
  std::uint64_t number() {
    std::uint64_t n = 0;
    for (int shift = 0; ok; shift += 7) {
      if (in.empty() || shift > 63) return ok = false, 0;
      const auto b = static_cast<std::uint8_t>(in.front());
      in.remove_prefix(1);
      n |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    return n;
  }
  std::string text() {
    const std::uint64_t n = number();
    if (!ok || n > in.size()) return ok = false, std::string();
    std::string s(in.substr(0, n));
    in.remove_prefix(n);
    return s;
  }
  template <class T>
  T raw() {
    T v{};
    if (in.size() < sizeof v) return ok = false, v;
    std::memcpy(&v, in.data(), sizeof v);
    in.remove_prefix(sizeof v);
    return v;
  }
};

}  // namespace

std::string data_fingerprint(const std::string& data_folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const char* folder : {"tone", "names", "places", "words"}) {
    for (std::filesystem::recursive_directory_iterator it(data_folder + "/" + folder, ec), end; !ec && it != end;
         it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    if (ec) return {};
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& f : files) {
    auto h = sha256_file_hex(f);
    if (!h) return {};
    all += f.substr(data_folder.size()) + '\t' + *h + '\n';
  }
  return sha256_hex(all);
}

std::optional<std::int64_t> pipeline_fingerprint(const QuoteResources& resources, const QuoteOptions& options) {
  if (!program_build_known() || resources.data_fingerprint.empty()) return std::nullopt;
  std::string all = program_build() + '\x1e' + std::to_string(kFormat) + '\x1e' + resources.data_fingerprint;
  for (const auto& name : options.names_to_redact) all += '\x1e' + name;
  all += '\x1d';
  for (const auto& theme : options.codebook.themes) {
    all += '\x1e' + theme.name;
    for (const auto& k : theme.keywords) all += '\x1f' + k;
  }
  return static_cast<std::int64_t>(fnv1a(sha256_hex(all)) >> 1);
}

std::int64_t passage_key(const Passage& p) { return p.origin == "note" ? -p.origin_id : p.origin_id; }

std::int64_t passage_text_hash(const Passage& p) {
  // std::hash is fast and, the build being part of the fingerprint, needs no stability across builds.
  const std::hash<std::string_view> hash;
  const std::uint64_t h = hash(p.text) ^ (hash(p.question) * 0x9e3779b97f4a7c15ull);
  return static_cast<std::int64_t>(h >> 1);
}

std::string encode_pieces(const std::vector<PreparedPiece>& pieces, std::string_view passage_text) {
  std::string out, whole;
  if (pieces.size() == 1 && pieces.front().sentence == 0) whole = collapse_spaces(passage_text);
  out.push_back(static_cast<char>(kFormat));
  put_number(out, pieces.size());
  for (const auto& p : pieces) {
    put_number(out, static_cast<std::uint64_t>(p.sentence));
    put_text(out, p.id);
    const bool as_written = p.sentence == 0 && p.text == whole;
    out.push_back(as_written ? 1 : 0);
    if (!as_written) put_text(out, p.text);
    put_number(out, p.themes.size());
    for (auto t : p.themes) put_number(out, t);
    put_number(out, p.stems.size());
    for (const auto& s : p.stems) put_text(out, s);
    put_raw(out, p.tone.compound);
    put_raw(out, static_cast<std::uint8_t>(p.tone.tone));
    put_raw(out, p.tone.confidence);
    put_raw(out, p.substance);
    put_raw(out, p.length_fit);
    put_raw(out, p.self_contained);
  }
  return out;
}

std::optional<std::vector<PreparedPiece>> decode_pieces(std::string_view bytes, std::string_view passage_text) {
  Reader r{bytes};
  if (r.raw<std::uint8_t>() != kFormat) return std::nullopt;
  std::vector<PreparedPiece> pieces(std::min<std::uint64_t>(r.number(), bytes.size()));
  for (auto& p : pieces) {
    p.sentence = static_cast<int>(r.number());
    p.id = r.text();
    p.text = r.raw<std::uint8_t>() == 1 ? collapse_spaces(passage_text) : r.text();
    p.themes.resize(std::min<std::uint64_t>(r.number(), bytes.size()));
    for (auto& t : p.themes) t = static_cast<std::uint16_t>(r.number());
    p.stems.resize(std::min<std::uint64_t>(r.number(), bytes.size()));
    for (auto& s : p.stems) s = r.text();
    p.tone.compound = r.raw<double>();
    const auto tone = r.raw<std::uint8_t>();
    if (tone > static_cast<std::uint8_t>(Tone::mixed)) r.ok = false;
    p.tone.tone = static_cast<Tone>(tone);
    p.tone.confidence = r.raw<double>();
    p.substance = r.raw<float>();
    p.length_fit = r.raw<float>();
    p.self_contained = r.raw<float>();
    if (!r.ok) return std::nullopt;
  }
  if (!r.ok || !r.in.empty()) return std::nullopt;
  return pieces;
}

Result<PassageResultWriter> PassageResultWriter::open(const std::string& store, std::int64_t pipeline) {
  auto opened = Database::open(store, /*create=*/false);
  if (!opened) return opened.error();
  auto db = std::make_unique<Database>(std::move(opened).value());
  CANVASS_TRY(db->exec(
      "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; ATTACH DATABASE '' AS fresh; "
      "CREATE TABLE fresh.passage_result(key INTEGER PRIMARY KEY, text_hash INTEGER NOT NULL, pieces BLOB NOT NULL);"));
  auto insert = db->prepare("INSERT OR REPLACE INTO fresh.passage_result(key, text_hash, pieces) VALUES(?,?,?)");
  if (!insert) return insert.error();
  return PassageResultWriter(std::move(db), std::move(insert).value(), pipeline);
}

Status PassageResultWriter::write(std::int64_t key, std::int64_t text_hash, std::string_view pieces) {
  if (!open_) {
    CANVASS_TRY(db_->exec("BEGIN"));  // deferred: only the temporary database is written
    open_ = true;
  }
  insert_.bind(1, key).bind(2, text_hash).bind_blob(3, pieces);
  return insert_.run();
}

Status PassageResultWriter::finish() {
  if (open_) {
    CANVASS_TRY(db_->exec("COMMIT"));
    open_ = false;
  }
  auto tx = Transaction::begin(*db_);
  if (!tx) return tx.error();
  auto move = db_->prepare(
      "INSERT OR REPLACE INTO main.passage_result(key, text_hash, pipeline, pieces) "
      "SELECT key, text_hash, ?, pieces FROM fresh.passage_result");
  if (!move) return move.error();
  move->bind(1, pipeline_);
  CANVASS_TRY(move->run());
  auto del = db_->prepare(
      "DELETE FROM main.passage_result WHERE pipeline <> ? "
      "OR (key > 0 AND NOT EXISTS (SELECT 1 FROM main.comment c WHERE c.id = passage_result.key)) "
      "OR (key < 0 AND NOT EXISTS (SELECT 1 FROM main.note n WHERE n.id = -passage_result.key))");
  if (!del) return del.error();
  del->bind(1, pipeline_);
  CANVASS_TRY(del->run());
  return tx->commit();
}

}  // namespace canvass
