{{/* The release's name, or the chart's within it; 63 characters at most (a DNS label). */}}
{{- define "stageflow.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The four services: name -> key of its block in values.yaml. */}}
{{- define "stageflow.services" -}}
gateway: gateway
lead-service: leadService
opportunity-service: opportunityService
metrics-service: metricsService
{{- end -}}

{{/* The services the gateway routes to: their API ports take traffic from the gateway only. */}}
{{- define "stageflow.backends" -}}
{{- list "lead-service" "opportunity-service" "metrics-service" | toJson -}}
{{- end -}}

{{/* Object name of one service's objects. Argument: dict root, name. */}}
{{- define "stageflow.name" -}}
{{- printf "%s-%s" (include "stageflow.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "stageflow.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "stageflow.labels" -}}
{{ include "stageflow.selectorLabels" . }}
app.kubernetes.io/part-of: stageflow
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* Labels on every object of the release that belongs to no single service. */}}
{{- define "stageflow.releaseLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: stageflow
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "stageflow.serviceAccountName" -}}
{{- default (include "stageflow.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{- define "stageflow.image" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- printf "%s/%s/%s:%s" .root.Values.image.registry .root.Values.image.repository .name $tag -}}
{{- end -}}

{{/* Where the ConfigMap's application.yaml is mounted; Spring reads it after the image's own. */}}
{{- define "stageflow.configDir" -}}/etc/stageflow/config/{{- end -}}
{{- define "stageflow.kafkaCaDir" -}}/etc/stageflow/kafka-ca{{- end -}}
{{- define "stageflow.mongodbCaDir" -}}/etc/stageflow/mongodb-ca{{- end -}}
