; Inno Setup script for the Windows build of Field Triage (Inno Setup 6).
; Build the app first on the Windows build machine (packaging\windows\build.ps1 leaves it in
; dist\triage-app), then:  iscc /DAppVersion=0.1.0 packaging\windows\field-triage.iss
; The installer and triage-app.exe are signed afterwards (see packaging/code-signing.md).
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z field-triage.iss
#endif

[Setup]
AppId={{6B0F3C52-58E4-4F0E-9C0B-7A1E2D4C9F31}
AppName=Field Triage
AppVersion={#AppVersion}
AppPublisher=Field Triage
DefaultDirName={autopf}\Field Triage
DefaultGroupName=Field Triage
; A field laptop may be set up by an officer without administrator rights.
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=field-triage-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\field-triage.ico
UninstallDisplayIcon={app}\triage-app.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\triage-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Field Triage"; Filename: "{app}\triage-app.exe"
Name: "{group}\Field Triage self-test"; Filename: "{app}\triage-app.exe"; Parameters: "self-test"
Name: "{autodesktop}\Field Triage"; Filename: "{app}\triage-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "A desktop shortcut"; Flags: unchecked

[Run]
; The self-test runs once after installing; a failure is shown, the files stay for support.
Filename: "{app}\triage-app.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installed app (self-test)..."
