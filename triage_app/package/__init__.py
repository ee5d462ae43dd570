"""The triage package: a BagIt 1.0 bag (RFC 8493) a specialist can check with stock tools.

Layout (design section 5)::

    TRIAGE_<case>_<exhibits>_<UTC time>/
      bagit.txt  bag-info.txt  manifest-sha256.txt  manifest-sha512.txt
      tagmanifest-sha256.txt  tagmanifest-sha512.txt  tagmanifest-sha256.txt.sig
      metadata/  case.jsonld  files.dfxml  hashdeep-sha256.txt  custody.jsonl
                 custody.signatures.jsonl  signer-keys/  findings.json  hashsets.json
                 report.html  report.pdf
      data/      <exhibit>/logical/<original paths>  <exhibit>/image/…  scene/…
"""
