; nlinkoop's Windows installer (NSIS 3): a per-user install that needs no admin rights.
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\nlinkoop installer\windows\nlinkoop.nsi
;
; VERSION    the version from pyproject.toml (three numbers, e.g. 0.1.0); required.
; PAYLOAD    the PyInstaller one-folder output: nlinkoop.exe and its _internal\ folder (built on
;            Windows); default ..\..\dist\nlinkoop, i.e. dist\nlinkoop in the project.
; OUTFILE    the installer to write; default nlinkoop-VERSION-windows-setup.exe in this folder.
; PUBLISHER  shown in Settings > Apps; default nlinkoop.
; makensis works in this script's folder, so relative paths are taken from here.
;
; What it does: copies the payload to %LOCALAPPDATA%\Programs\nlinkoop, adds a Start-menu
; shortcut, registers an uninstaller under HKCU (Settings > Apps lists it) and offers nlinkoop in
; "Open with" for .db files without taking the .db default from other programs. The uninstaller
; removes exactly that; the user's workbooks and data folder (%LOCALAPPDATA%\nlinkoop) stay.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\nlinkoop"
!endif
!ifndef OUTFILE
  !define OUTFILE "nlinkoop-${VERSION}-windows-setup.exe"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "nlinkoop"
!endif
!define ICON "..\..\resources\icons\nlinkoop.ico"
!define EXE "nlinkoop.exe"
!define PROGID "nlinkoop.workbook"
!define APP_KEY "Software\nlinkoop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\nlinkoop"
!define CLASSES "Software\Classes"

Name "nlinkoop"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\nlinkoop"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "nlinkoop"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "nlinkoop ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The language asked at the start is remembered for the uninstaller and the next update.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Dutch first: the first language is the default, and the one the selection dialog shows first.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString FileTypeName ${LANG_DUTCH} "nlinkoop-werkboek"
LangString FileTypeName ${LANG_ENGLISH} "nlinkoop workbook"
LangString OpenWith ${LANG_DUTCH} "Openen met nlinkoop"
LangString OpenWith ${LANG_ENGLISH} "Open with nlinkoop"
LangString StillRunning ${LANG_DUTCH} "Sluit nlinkoop eerst en klik dan op Opnieuw."
LangString StillRunning ${LANG_ENGLISH} "Please close nlinkoop first, then click Retry."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; An update over a running nlinkoop would leave a mix of old and new files: ask to close it.
!macro WaitUntilClosed
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    FileOpen $0 "$INSTDIR\${EXE}" a  ; fails while Windows has the program running
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
!macroend

; Delete a key we may have created, but only while nothing else lives in it: no subkey, no
; named value, no default value (another program's .db default must survive us).
!macro DeleteKeyIfUnused KEY
  EnumRegKey $0 HKCU "${KEY}" 0
  EnumRegValue $1 HKCU "${KEY}" 0
  ClearErrors
  ReadRegStr $2 HKCU "${KEY}" ""
  ${If} $0 == ""
  ${AndIf} $1 == ""
  ${AndIf} ${Errors}
    DeleteRegKey HKCU "${KEY}"
  ${EndIf}
!macroend

Section "nlinkoop" SecMain
  SectionIn RO
  !insertmacro WaitUntilClosed
  SetOutPath "$INSTDIR"
  ; An update: the bundle's libraries change from version to version; drop the old ones first.
  ${If} ${FileExists} "$INSTDIR\uninstall.exe"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  File /r "${PAYLOAD}\*"
  File "/oname=nlinkoop.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"

  ; Start menu (per user; no folder, as Windows 10 and 11 prefer for a single program).
  SetShellVarContext current
  CreateShortcut "$SMPROGRAMS\nlinkoop.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\nlinkoop.ico" 0

  ; Settings > Apps: name, version, publisher, icon, size, and how to uninstall.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "nlinkoop"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\nlinkoop.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; "Open with nlinkoop" for .db files. Other programs use .db too, so the default stays
  ; theirs: we only add our ProgID to the choices (OpenWithProgids).
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "FriendlyTypeName" "$(FileTypeName)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\nlinkoop.ico"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open" "" "$(OpenWith)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\.db\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}" "FriendlyAppName" "nlinkoop"
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\SupportedTypes" ".db" ""
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\DefaultIcon" "" "$INSTDIR\nlinkoop.ico"
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\shell\open\command" "" \
    '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section "Uninstall"
  !insertmacro WaitUntilClosed
  SetShellVarContext current
  Delete "$SMPROGRAMS\nlinkoop.lnk"

  DeleteRegValue HKCU "${CLASSES}\.db\OpenWithProgids" "${PROGID}"
  !insertmacro DeleteKeyIfUnused "${CLASSES}\.db\OpenWithProgids"
  !insertmacro DeleteKeyIfUnused "${CLASSES}\.db"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegKey HKCU "${CLASSES}\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Only what the installer put there, so a folder the user chose is never emptied blindly.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\nlinkoopc.exe"  ; the command line (console) twin of nlinkoop.exe
  Delete "$INSTDIR\nlinkoop.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
