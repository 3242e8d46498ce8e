; SRS Kiosk: the Windows installer (NSIS 3.08 or newer).
;
;   makensis /DVERSION=0.1.0 /DFILE_VERSION=0.1.0.0 /DSOURCE_DIR=C:\abs\dist\srs-kiosk ^
;            /DOUT_FILE=C:\abs\dist\srs-kiosk-0.1.0-setup.exe [/DICON=...ico] [/DSIGN] ^
;            packaging\windows\srs-kiosk.nsi
;
; Paths must be absolute: makensis runs from this script's folder. SOURCE_DIR is the PyInstaller
; onedir bundle (srs-kiosk.exe, srs-kiosk-cli.exe, _internal\). With /DSIGN the installer and the
; uninstaller are signed by sign.ps1 (signtool; the certificate comes from CI secrets).
;
; What it does:
; - per-machine install into Program Files (administrator rights), a Start-menu entry, an entry in
;   "Apps" with version, publisher and size;
; - optional autostart for the kiosk account: a scheduled task that starts the kiosk when that
;   account logs on (interactive, no stored password, no time limit);
; - uninstall removes the program, the shortcut and the task, and keeps every user's data (the
;   order journal, settings and staff PIN in %LOCALAPPDATA%\srs-kiosk) unless "Remove the
;   kiosk's data" is ticked (or /REMOVEDATA is given to a silent uninstall). The machine-wide
;   settings file that IT provisions (C:\ProgramData\srs-kiosk\config.toml) always stays.
;
; Silent fleet install: setup.exe /S [/KIOSKUSER=BRANCH\kiosk] [/D=C:\Program Files\SRS Kiosk]
; (/KIOSKUSER selects the autostart). Silent uninstall: uninstall.exe /S [/REMOVEDATA]

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass the version: /DVERSION=1.2.3"
!endif
!ifndef FILE_VERSION
  !define FILE_VERSION "${VERSION}.0"  ; four numbers for VIProductVersion
!endif
!ifndef SOURCE_DIR
  !error "Pass the PyInstaller bundle folder (absolute): /DSOURCE_DIR=C:\...\dist\srs-kiosk"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "srs-kiosk-${VERSION}-setup.exe"
!endif

!define APP_NAME "SRS Kiosk"
!define APP_ID "srs-kiosk"
!define PUBLISHER "SRS Kiosk"
!define MAIN_EXE "srs-kiosk.exe"
!define CLI_EXE "srs-kiosk-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"
!define TASK_NAME "SRS Kiosk autostart"
!define PROFILES_KEY "SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include Sections.nsh
!include x64.nsh

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${FILE_VERSION}"
VIFileVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!ifdef SIGN
  ; signtool through sign.ps1, on the finished installer and on the uninstaller it carries.
  !finalize 'powershell -NoProfile -ExecutionPolicy Bypass -File "${__FILEDIR__}\sign.ps1" "%1"' = 0
  !uninstfinalize 'powershell -NoProfile -ExecutionPolicy Bypass -File "${__FILEDIR__}\sign.ps1" "%1"' = 0
!endif

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_UNCOMPONENTSPAGE_SMALLDESC

Var KioskUser
Var KioskUserField

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
Page custom KioskUserPage KioskUserPageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Italian"

LangString SecMainName ${LANG_ENGLISH} "${APP_NAME} (required)"
LangString SecMainName ${LANG_GERMAN} "${APP_NAME} (erforderlich)"
LangString SecMainName ${LANG_FRENCH} "${APP_NAME} (obligatoire)"
LangString SecMainName ${LANG_ITALIAN} "${APP_NAME} (obbligatorio)"
LangString SecMainDesc ${LANG_ENGLISH} "The kiosk program for all users of this computer."
LangString SecMainDesc ${LANG_GERMAN} "Das Kiosk-Programm für alle Benutzer dieses Computers."
LangString SecMainDesc ${LANG_FRENCH} "Le programme du kiosque pour tous les utilisateurs de cet ordinateur."
LangString SecMainDesc ${LANG_ITALIAN} "Il programma del chiosco per tutti gli utenti di questo computer."
LangString SecMenuName ${LANG_ENGLISH} "Start-menu entry"
LangString SecMenuName ${LANG_GERMAN} "Eintrag im Startmenü"
LangString SecMenuName ${LANG_FRENCH} "Entrée dans le menu Démarrer"
LangString SecMenuName ${LANG_ITALIAN} "Voce nel menu Start"
LangString SecMenuDesc ${LANG_ENGLISH} "A Start-menu entry for all users."
LangString SecMenuDesc ${LANG_GERMAN} "Ein Startmenü-Eintrag für alle Benutzer."
LangString SecMenuDesc ${LANG_FRENCH} "Une entrée du menu Démarrer pour tous les utilisateurs."
LangString SecMenuDesc ${LANG_ITALIAN} "Una voce del menu Start per tutti gli utenti."
LangString SecAutoName ${LANG_ENGLISH} "Start with the kiosk account"
LangString SecAutoName ${LANG_GERMAN} "Mit dem Kiosk-Konto starten"
LangString SecAutoName ${LANG_FRENCH} "Démarrer avec le compte du kiosque"
LangString SecAutoName ${LANG_ITALIAN} "Avviare con l'account del chiosco"
LangString SecAutoDesc ${LANG_ENGLISH} "Starts the kiosk full-screen whenever the kiosk account logs on (a scheduled task)."
LangString SecAutoDesc ${LANG_GERMAN} "Startet den Kiosk im Vollbild, sobald sich das Kiosk-Konto anmeldet (geplante Aufgabe)."
LangString SecAutoDesc ${LANG_FRENCH} "Démarre le kiosque en plein écran à chaque ouverture de session du compte du kiosque (tâche planifiée)."
LangString SecAutoDesc ${LANG_ITALIAN} "Avvia il chiosco a schermo intero a ogni accesso dell'account del chiosco (operazione pianificata)."
LangString UserTitle ${LANG_ENGLISH} "Kiosk account"
LangString UserTitle ${LANG_GERMAN} "Kiosk-Konto"
LangString UserTitle ${LANG_FRENCH} "Compte du kiosque"
LangString UserTitle ${LANG_ITALIAN} "Account del chiosco"
LangString UserText ${LANG_ENGLISH} "The Windows account that runs the kiosk (for example kiosk or BRANCH\kiosk):"
LangString UserText ${LANG_GERMAN} "Das Windows-Konto, unter dem der Kiosk läuft (zum Beispiel kiosk oder FILIALE\kiosk):"
LangString UserText ${LANG_FRENCH} "Le compte Windows qui exécute le kiosque (par exemple kiosk ou AGENCE\kiosk) :"
LangString UserText ${LANG_ITALIAN} "L'account Windows che esegue il chiosco (per esempio kiosk o FILIALE\kiosk):"
LangString UserBad ${LANG_ENGLISH} "Enter an account name (no < > & or quotes)."
LangString UserBad ${LANG_GERMAN} "Bitte einen Kontonamen eingeben (ohne < > & oder Anführungszeichen)."
LangString UserBad ${LANG_FRENCH} "Saisissez un nom de compte (sans < > & ni guillemets)."
LangString UserBad ${LANG_ITALIAN} "Inserire un nome di account (senza < > & o virgolette)."
LangString TaskFailed ${LANG_ENGLISH} "The autostart task could not be created (schtasks exit code"
LangString TaskFailed ${LANG_GERMAN} "Die Autostart-Aufgabe konnte nicht erstellt werden (schtasks-Exitcode"
LangString TaskFailed ${LANG_FRENCH} "La tâche de démarrage automatique n'a pas pu être créée (code de sortie de schtasks"
LangString TaskFailed ${LANG_ITALIAN} "Non è stato possibile creare l'operazione di avvio automatico (codice di uscita di schtasks"
LangString Needs64 ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows 10 or newer."
LangString Needs64 ${LANG_GERMAN} "${APP_NAME} benötigt 64-Bit-Windows 10 oder neuer."
LangString Needs64 ${LANG_FRENCH} "${APP_NAME} nécessite Windows 10 64 bits ou plus récent."
LangString Needs64 ${LANG_ITALIAN} "${APP_NAME} richiede Windows 10 a 64 bit o successivo."
LangString UnMainName ${LANG_ENGLISH} "Program, Start-menu entry and autostart"
LangString UnMainName ${LANG_GERMAN} "Programm, Startmenü-Eintrag und Autostart"
LangString UnMainName ${LANG_FRENCH} "Programme, entrée du menu Démarrer et démarrage automatique"
LangString UnMainName ${LANG_ITALIAN} "Programma, voce del menu Start e avvio automatico"
LangString UnDataName ${LANG_ENGLISH} "Remove the kiosk's data"
LangString UnDataName ${LANG_GERMAN} "Daten des Kiosks entfernen"
LangString UnDataName ${LANG_FRENCH} "Supprimer les données du kiosque"
LangString UnDataName ${LANG_ITALIAN} "Rimuovere i dati del chiosco"
LangString UnDataDesc ${LANG_ENGLISH} "Deletes every user's order journal, settings and staff PIN (%LOCALAPPDATA%\srs-kiosk). Left unticked, they stay for a reinstall."
LangString UnDataDesc ${LANG_GERMAN} "Löscht für alle Benutzer Auftragsjournal, Einstellungen und Personal-PIN (%LOCALAPPDATA%\srs-kiosk). Ohne Häkchen bleiben sie für eine Neuinstallation erhalten."
LangString UnDataDesc ${LANG_FRENCH} "Supprime pour tous les utilisateurs le journal des commandes, les réglages et le code PIN du personnel (%LOCALAPPDATA%\srs-kiosk). Sans coche, ils sont conservés pour une réinstallation."
LangString UnDataDesc ${LANG_ITALIAN} "Elimina per tutti gli utenti il giornale degli ordini, le impostazioni e il PIN del personale (%LOCALAPPDATA%\srs-kiosk). Senza spunta restano per una reinstallazione."

; -- install -------------------------------------------------------------------------------------

Section "!$(SecMainName)" SecMain
  SectionIn RO
  SetShellVarContext all
  SetRegView 64
  ; An upgrade over a running kiosk: end it (its journal resumes every order on the next start).
  nsExec::Exec '"$SYSDIR\taskkill.exe" /F /T /IM "${MAIN_EXE}"'
  Pop $0
  RMDir /r "$INSTDIR\_internal"  ; no stale files of the previous version
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" '"$INSTDIR\${MAIN_EXE}",0'
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecMenuName)" SecMenu
  SetShellVarContext all
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0
SectionEnd

Section /o "$(SecAutoName)" SecAuto
  SetRegView 64
  InitPluginsDir
  ; Task Scheduler XML (UTF-16 with a byte order mark, as schtasks expects). InteractiveToken:
  ; runs in the kiosk account's desktop session, needs no stored password. No time limit
  ; (the default would end the kiosk after 72 hours), normal priority (the default is lower).
  FileOpen $0 "$PLUGINSDIR\autostart.xml" w
  FileWriteWord $0 0xFEFF
  FileWriteUTF16LE $0 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
  FileWriteUTF16LE $0 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
  FileWriteUTF16LE $0 '<RegistrationInfo><Description>Starts ${APP_NAME} when $KioskUser logs on.</Description></RegistrationInfo>$\r$\n'
  FileWriteUTF16LE $0 '<Triggers><LogonTrigger><Enabled>true</Enabled><UserId>$KioskUser</UserId><Delay>PT5S</Delay></LogonTrigger></Triggers>$\r$\n'
  FileWriteUTF16LE $0 '<Principals><Principal id="Kiosk"><UserId>$KioskUser</UserId><LogonType>InteractiveToken</LogonType><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>$\r$\n'
  FileWriteUTF16LE $0 '<Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy><DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries><StopIfGoingOnBatteries>false</StopIfGoingOnBatteries><AllowHardTerminate>true</AllowHardTerminate><StartWhenAvailable>false</StartWhenAvailable><RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable><AllowStartOnDemand>true</AllowStartOnDemand><Enabled>true</Enabled><Hidden>false</Hidden><RunOnlyIfIdle>false</RunOnlyIfIdle><WakeToRun>false</WakeToRun><ExecutionTimeLimit>PT0S</ExecutionTimeLimit><Priority>4</Priority></Settings>$\r$\n'
  FileWriteUTF16LE $0 '<Actions Context="Kiosk"><Exec><Command>"$INSTDIR\${MAIN_EXE}"</Command><WorkingDirectory>$INSTDIR</WorkingDirectory></Exec></Actions>$\r$\n'
  FileWriteUTF16LE $0 '</Task>$\r$\n'
  FileClose $0
  nsExec::ExecToLog '"$SYSDIR\schtasks.exe" /Create /TN "${TASK_NAME}" /XML "$PLUGINSDIR\autostart.xml" /F'
  Pop $0
  ${If} $0 != 0
    DetailPrint "$(TaskFailed) $0)"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(TaskFailed) $0)" /SD IDOK
    SetErrorLevel 3
  ${Else}
    WriteRegStr HKLM "${SETTINGS_KEY}" "KioskUser" "$KioskUser"
  ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} $(SecMainDesc)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMenu} $(SecMenuDesc)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAuto} $(SecAutoDesc)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; An update goes where the previous version is (unless /D= chose another folder).
  ${If} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}"
    ReadRegStr $0 HKLM "${SETTINGS_KEY}" "InstallDir"
    ${If} $0 != ""
      StrCpy $INSTDIR $0
    ${EndIf}
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/KIOSKUSER=" $KioskUser
  ${If} ${Errors}
    ReadRegStr $KioskUser HKLM "${SETTINGS_KEY}" "KioskUser"  ; the previous install's choice
    ${If} $KioskUser != ""
      SectionSetFlags ${SecAuto} ${SF_SELECTED}
    ${Else}
      StrCpy $KioskUser "kiosk"
    ${EndIf}
  ${Else}
    Call CheckKioskUser
    ${If} $0 == 0
      MessageBox MB_OK|MB_ICONSTOP "/KIOSKUSER: $(UserBad)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    SectionSetFlags ${SecAuto} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

; True in $0 when the account name is usable in the task XML.
Function CheckKioskUser
  StrCpy $0 1
  ${If} $KioskUser == ""
    StrCpy $0 0
    Return
  ${EndIf}
  StrLen $2 $KioskUser
  StrCpy $1 0
  ${DoWhile} $1 < $2
    StrCpy $3 $KioskUser 1 $1
    ${If} $3 == "<"
    ${OrIf} $3 == ">"
    ${OrIf} $3 == "&"
    ${OrIf} $3 == '"'
    ${OrIf} $3 == "'"
      StrCpy $0 0
      Return
    ${EndIf}
    IntOp $1 $1 + 1
  ${Loop}
FunctionEnd

Function KioskUserPage
  ${IfNot} ${SectionIsSelected} ${SecAuto}
    Abort  ; no autostart: skip the page
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(UserTitle)" "$(SecAutoDesc)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 24u "$(UserText)"
  Pop $0
  ${NSD_CreateText} 0 30u 60% 12u "$KioskUser"
  Pop $KioskUserField
  nsDialogs::Show
FunctionEnd

Function KioskUserPageLeave
  ${NSD_GetText} $KioskUserField $KioskUser
  Call CheckKioskUser
  ${If} $0 == 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(UserBad)"
    Abort
  ${EndIf}
FunctionEnd

; -- uninstall -----------------------------------------------------------------------------------

Section "un.$(UnMainName)" UnSecMain
  SectionIn RO
  SetShellVarContext all
  SetRegView 64
  nsExec::Exec '"$SYSDIR\taskkill.exe" /F /T /IM "${MAIN_EXE}"'
  Pop $0
  nsExec::ExecToLog '"$SYSDIR\schtasks.exe" /Delete /TN "${TASK_NAME}" /F'
  Pop $0
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only what the installer put there: never a recursive delete of $INSTDIR itself.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"
SectionEnd

Section /o "un.$(UnDataName)" UnSecData
  SetRegView 64
  ; Every local profile's %LOCALAPPDATA%\srs-kiosk (the kiosk account's above all).
  StrCpy $0 0
  ${Do}
    EnumRegKey $1 HKLM "${PROFILES_KEY}" $0
    ${If} $1 == ""
      ${Break}
    ${EndIf}
    ReadRegStr $2 HKLM "${PROFILES_KEY}\$1" "ProfileImagePath"
    ${If} $2 != ""
      ExpandEnvStrings $2 $2
      RMDir /r "$2\AppData\Local\${APP_ID}"
    ${EndIf}
    IntOp $0 $0 + 1
  ${Loop}
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP_ID}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} $(UnDataDesc)
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
