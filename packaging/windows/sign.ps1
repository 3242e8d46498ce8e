<#
.SYNOPSIS
  Sign files with signtool (Authenticode, SHA-256, RFC 3161 timestamp).

.DESCRIPTION
  Used by the release workflow for the bundle's executables and, through the NSIS script's
  !finalize and !uninstfinalize (makensis /DSIGN), for the installer and its uninstaller.
  The certificate comes from the environment, set by CI from its secrets:
    SIGN_CERT_PATH      a .pfx file (the workflow decodes it from a secret into the runner's temp)
    SIGN_CERT_PASSWORD  its password
    SIGN_TIMESTAMP_URL  optional; default http://timestamp.digicert.com
  With no SIGN_CERT_PATH it fails: call it only when a certificate is provided.

.EXAMPLE
  powershell -File packaging\windows\sign.ps1 dist\srs-kiosk\srs-kiosk.exe dist\srs-kiosk\srs-kiosk-cli.exe
#>
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)

$ErrorActionPreference = 'Stop'

if (-not $env:SIGN_CERT_PATH -or -not (Test-Path $env:SIGN_CERT_PATH)) {
    Write-Error 'sign.ps1: SIGN_CERT_PATH does not name a .pfx file'
    exit 2
}
$timestamp = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }

# signtool comes with the Windows SDK (on the GitHub runners too); take the newest x64 one.
$signtool = Get-ChildItem -Path "${env:ProgramFiles(x86)}\Windows Kits\10\bin" -Recurse `
        -Filter signtool.exe -ErrorAction SilentlyContinue |
    Where-Object { $_.FullName -match '\\x64\\' } |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) {
    Write-Error 'sign.ps1: signtool.exe not found (install the Windows SDK)'
    exit 2
}

foreach ($file in $Files) {
    $arguments = @('sign', '/fd', 'SHA256', '/tr', $timestamp, '/td', 'SHA256',
                   '/f', $env:SIGN_CERT_PATH, '/d', 'SRS Kiosk')
    if ($env:SIGN_CERT_PASSWORD) { $arguments += @('/p', $env:SIGN_CERT_PASSWORD) }
    # Timestamp servers fail now and then: three tries.
    $signed = $false
    for ($try = 1; $try -le 3 -and -not $signed; $try++) {
        & $signtool.FullName @arguments $file
        if ($LASTEXITCODE -eq 0) { $signed = $true } else { Start-Sleep -Seconds (5 * $try) }
    }
    if (-not $signed) {
        Write-Error "sign.ps1: signing $file failed"
        exit 1
    }
    & $signtool.FullName verify /pa /q $file
    if ($LASTEXITCODE -ne 0) {
        Write-Error "sign.ps1: the signature of $file does not verify"
        exit 1
    }
}
exit 0
