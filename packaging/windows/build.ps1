# Builds the Windows app on a Windows build machine (Python 3.11 or 3.12 x64, Inno Setup 6):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# libmagic does not come with pip on Windows: point the build at a libmagic DLL and the
# magic.mgc built with it (for example from MSYS2's "file" package), e.g.
#   $env:TRIAGE_LIBMAGIC_DLL = "C:\msys64\ucrt64\bin\libmagic-1.dll"
#   $env:TRIAGE_MAGIC_MGC    = "C:\msys64\ucrt64\share\misc\magic.mgc"
# E01 imaging needs ewfacquirestream.exe; without it the self-test reports it unavailable.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install -q --upgrade pip
.venv\Scripts\python -m pip install -q -e ".[dev]"
.venv\Scripts\python -m PyInstaller --noconfirm --log-level WARN build.spec
$version = .venv\Scripts\python -c "import triage_app; print(triage_app.__version__)"
Push-Location dist\triage-app
Get-ChildItem -Recurse -File | Where-Object Name -ne "SHA256SUMS" | ForEach-Object {
    $rel = $_.FullName.Substring((Get-Location).Path.Length + 1).Replace("\", "/")
    "{0}  {1}" -f (Get-FileHash -Algorithm SHA256 $_.FullName).Hash.ToLower(), $rel
} | Sort-Object { $_.Substring(66) } | Set-Content -Encoding ascii SHA256SUMS
Pop-Location
dist\triage-app\triage-app.exe self-test
if ($LASTEXITCODE -ne 0) { throw "the frozen app's self-test failed" }
& "${env:ProgramFiles(x86)}\Inno Setup 6\iscc.exe" "/DAppVersion=$version" packaging\windows\field-triage.iss
