{{/* Chart name, truncated to the 63 characters a label value allows. */}}
{{- define "baton.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Object name prefix: <release>-baton unless the release name already holds the chart name. */}}
{{- define "baton.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "baton.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "baton.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: baton
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Labels that select every pod of the fleet, whatever its group. */}}
{{- define "baton.selectorLabels" -}}
app.kubernetes.io/name: {{ include "baton.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Name of one worker group's objects; call with (dict "root" $ "group" $group). */}}
{{- define "baton.groupName" -}}
{{- printf "%s-%s" (include "baton.fullname" .root) .group.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of one worker group; call with (dict "root" $ "group" $group). */}}
{{- define "baton.groupSelectorLabels" -}}
{{ include "baton.selectorLabels" .root }}
app.kubernetes.io/component: {{ .group.name }}
{{- end -}}

{{/* Autoscaling settings of one group: the group's keys over the chart-wide defaults. */}}
{{- define "baton.groupAutoscaling" -}}
{{- $own := default dict .group.autoscaling -}}
{{- $out := dict -}}
{{- range $key, $default := .root.Values.autoscaling -}}
{{- $_ := set $out $key (ternary (get $own $key) $default (hasKey $own $key)) -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{- define "baton.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "baton.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "baton.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* Name of the chart-made Secret holding inline credentials (dev clusters only). */}}
{{- define "baton.inlineSecretName" -}}
{{- printf "%s-inline-credentials" (include "baton.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* True when any inline credential is set (the schema allows that only with allowInlineSecrets). */}}
{{- define "baton.hasInlineSecrets" -}}
{{- if or .Values.zeebe.oauth.clientId .Values.zeebe.oauth.clientSecret .Values.elasticsearch.urlWithCredentials .Values.llm.apiKey -}}
true
{{- end -}}
{{- end -}}

{{- define "baton.policiesConfigMapName" -}}
{{- default (printf "%s-policies" (include "baton.fullname" .)) .Values.policies.existingConfigMap -}}
{{- end -}}

{{- define "baton.mountsPolicies" -}}
{{- if or .Values.policies.files .Values.policies.existingConfigMap -}}
true
{{- end -}}
{{- end -}}

{{/* The policy folder inside the image (the Dockerfile copies the repo to /app); files given
in policies.files are mounted one by one over it, so every file not given keeps its default. */}}
{{- define "baton.imagePoliciesDir" -}}
/app/config/policies
{{- end -}}

{{/* Name of the engine's StatefulSet and Service (engine.enabled: demo clusters only). */}}
{{- define "baton.engineName" -}}
{{- printf "%s-engine" (include "baton.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of the engine's pod; no worker group may take the component name "engine". */}}
{{- define "baton.engineSelectorLabels" -}}
{{ include "baton.selectorLabels" . }}
app.kubernetes.io/component: engine
{{- end -}}

{{/* Container ports of the engine, fixed by the command the chart runs. */}}
{{- define "baton.enginePorts" -}}
grpc: 26500
rest: 8080
management: 9600
{{- end -}}

{{/* The fleet's gateway address: zeebe.address, else the chart's engine Service. */}}
{{- define "baton.zeebeAddress" -}}
{{- if .Values.zeebe.address -}}
{{- .Values.zeebe.address -}}
{{- else if .Values.engine.enabled -}}
{{- printf "%s.%s.svc:%v" (include "baton.engineName" .) .Release.Namespace (include "baton.enginePorts" . | fromYaml).grpc -}}
{{- end -}}
{{- end -}}

{{/* The fleet's REST API base URL: zeebe.restUrl, else the chart's engine Service, else empty. */}}
{{- define "baton.zeebeRestUrl" -}}
{{- if .Values.zeebe.restUrl -}}
{{- .Values.zeebe.restUrl -}}
{{- else if .Values.engine.enabled -}}
{{- printf "http://%s.%s.svc:%v" (include "baton.engineName" .) .Release.Namespace (include "baton.enginePorts" . | fromYaml).rest -}}
{{- end -}}
{{- end -}}

{{/*
Checks that need more than one value; the schema covers types and shapes.
Each message names the value to set.
*/}}
{{- define "baton.validate" -}}
{{- $oauth := .Values.zeebe.oauth -}}
{{- if and $oauth.enabled (not $oauth.existingSecret) (not (and $oauth.clientId $oauth.clientSecret)) -}}
{{- fail "zeebe.oauth.enabled needs zeebe.oauth.existingSecret (a Secret with the client id and secret); inline clientId/clientSecret are for dev clusters with allowInlineSecrets: true" -}}
{{- end -}}
{{- if and (not .Values.elasticsearch.existingSecret) (not .Values.elasticsearch.url) (not .Values.elasticsearch.urlWithCredentials) -}}
{{- fail "set elasticsearch.url, or elasticsearch.existingSecret naming a Secret that holds the URL with credentials" -}}
{{- end -}}
{{- if and (ne .Values.llm.provider "offline") (ne .Values.llm.provider "ollama") (not .Values.llm.existingSecret) (not .Values.llm.apiKey) -}}
{{- fail (printf "llm.provider %s needs llm.existingSecret (a Secret with the API key under llm.apiKeyKey)" .Values.llm.provider) -}}
{{- end -}}
{{- if and .Values.engine.enabled (not .Values.zeebe.address) .Values.zeebe.tls -}}
{{- fail "engine.enabled: the chart's engine speaks plain gRPC; set zeebe.tls: false, or zeebe.address to a gateway with TLS" -}}
{{- end -}}
{{- $seen := dict -}}
{{- range .Values.workerGroups -}}
{{- if and $.Values.engine.enabled (eq .name "engine") -}}
{{- fail "workerGroups: the name \"engine\" is taken by the chart's engine (engine.enabled); rename the group" -}}
{{- end -}}
{{- if hasKey $seen .name -}}
{{- fail (printf "workerGroups: the name %q is used twice; each group needs its own name" .name) -}}
{{- end -}}
{{- $_ := set $seen .name true -}}
{{- $hpa := include "baton.groupAutoscaling" (dict "root" $ "group" .) | fromYaml -}}
{{- if and $hpa.enabled (gt (int $hpa.minReplicas) (int $hpa.maxReplicas)) -}}
{{- fail (printf "workerGroups[%s].autoscaling: minReplicas %v is above maxReplicas %v" .name $hpa.minReplicas $hpa.maxReplicas) -}}
{{- end -}}
{{- end -}}
{{- end -}}
