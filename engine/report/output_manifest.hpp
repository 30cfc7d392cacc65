// The outputs folder's record of what canvass wrote there (.canvass-manifest.json): every
// file with its SHA-256, grouped by the step that wrote it ("report", "run summary"), and
// a fingerprint of the inputs the step's files were made from. With it a re-run replaces
// and removes only canvass's own files, never the user's, and skips a step whose inputs
// and files are unchanged. See docs/text-performance.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace canvass {

inline constexpr const char* kManifestName = ".canvass-manifest.json";

struct OutputManifest {
  struct Step {
    std::string inputs;                         // fingerprint; empty: never reused
    std::map<std::string, std::string> files;   // file name in the folder -> SHA-256 hex
    // Files being replaced when the manifest was written: canvass's whatever they hold
    // (a run stopped half-way leaves old or new content, both its own).
    std::set<std::string> pending;
  };
  std::map<std::string, Step> steps;
};

// The folder's manifest; an empty one when the folder or the file does not exist.
// An unreadable manifest is an error naming it (nothing in the folder is then touched).
Result<OutputManifest> read_manifest(const std::string& folder);

// True when `step`'s files in `folder` are exactly what it wrote from `inputs`: the
// fingerprint matches and every file is there with the content recorded.
bool outputs_current(const std::string& folder, const OutputManifest& manifest, const std::string& step,
                     const std::string& inputs);

// What a step did to the folder.
struct OutputsWritten {
  std::vector<std::string> files;    // paths of the step's files now in the folder
  std::vector<std::string> removed;  // its files from an earlier run that it no longer writes
  std::vector<std::string> kept;     // such files left in place: changed since canvass wrote them
  bool reused = false;               // nothing written: the files were already current
};

// Writes `files` (name -> content) into `folder` as `step`'s outputs made from `inputs`,
// each through a temporary file so no reader sees half of one; removes the files the step
// wrote before and no longer writes. A file canvass did not write (not in the manifest,
// or changed since) is never overwritten: when one stands where a file must go, nothing is
// written and the error names it.
Result<OutputsWritten> replace_outputs(const std::string& folder, const std::string& step, const std::string& inputs,
                                       const std::map<std::string, std::string>& files);

// The same step's record when nothing needs writing (outputs_current was true).
OutputsWritten reused_outputs(const std::string& folder, const OutputManifest& manifest, const std::string& step);

}  // namespace canvass
