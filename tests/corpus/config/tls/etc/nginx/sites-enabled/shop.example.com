# Managed by ops. Hybrid post-quantum key exchange first, classical fallback.
server {
    listen 443 ssl;
    listen [::]:443 ssl;
    http2 on;
    server_name shop.example.com;

    ssl_certificate     /etc/ssl/certs/shop.example.com.pem;
    ssl_certificate_key /etc/ssl/private/shop.example.com.key;
    include snippets/tls-modern.conf;

    location / {
        proxy_pass http://127.0.0.1:8080;
    }
}

server {
    listen 80;
    listen [::]:80;
    server_name shop.example.com;
    return 301 https://$host$request_uri;
}
