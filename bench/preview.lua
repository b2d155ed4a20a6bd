-- wrk: POST /api/v1/backlog/preview with a what-if weight for criterion 1
wrk.method = "POST"
wrk.body = '{"weights": {"1": 5}}'
wrk.headers["Content-Type"] = "application/json"
